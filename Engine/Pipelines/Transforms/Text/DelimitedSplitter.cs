using System.Text;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Text;

/// <summary>
/// Splits text on a delimiter while keeping delimiters inside enclosures and after an escape string, with
/// the exact results of Hop's Const.splitString (including Java's dropping of trailing empty parts).
/// </summary>
public static class DelimitedSplitter
{
    public static string[]? Split(string? text, string? delimiter, string? enclosure, bool removeEnclosure, string? escape)
    {
        if (text is null)
        {
            return null;
        }

        if (delimiter is null)
        {
            return [text];
        }

        var withEnclosure = !string.IsNullOrEmpty(enclosure);
        var withEscape = !string.IsNullOrEmpty(escape);
        var concatWithNext = false;
        StringBuilder? concat = null;
        var result = new List<string>();
        foreach (var part in JavaSplit(text, delimiter))
        {
            var current = part;
            if (withEnclosure && !current.Contains(enclosure!, StringComparison.Ordinal))
            {
                if (concat is not null)
                {
                    concat.Append(delimiter).Append(current);
                }
                else
                {
                    result.Add(current);
                }

                continue;
            }

            var addSplit = false;
            if (withEscape)
            {
                if (concatWithNext)
                {
                    concatWithNext = false;
                    addSplit = true;
                }

                if (current == escape)
                {
                    current = delimiter;
                    concatWithNext = true;
                }
                else if (current.EndsWith(escape!, StringComparison.Ordinal))
                {
                    current = current[..^escape!.Length] + delimiter;
                    concatWithNext = true;
                }

                if (addSplit)
                {
                    current = result[^1] + current;
                    result.RemoveAt(result.Count - 1);
                }
            }

            var odd = withEnclosure && CountOccurrences(current, enclosure!) % 2 != 0;
            if (concat is null)
            {
                concat = new StringBuilder(current);
                addSplit |= !odd;
            }
            else
            {
                concat.Append(delimiter).Append(current);
                addSplit = odd;
            }

            if (addSplit)
            {
                var value = concat.ToString();
                result.Add(withEnclosure && removeEnclosure ? RemoveEnclosure(value, enclosure!) : value);
                concat = null;
            }
        }

        return result.ToArray();
    }

    /// <summary>Splits like Java's String.split on a quoted pattern: trailing empty parts are dropped.</summary>
    private static List<string> JavaSplit(string text, string delimiter)
    {
        if (text.Length == 0)
        {
            return [string.Empty];
        }

        var parts = delimiter.Length == 0
            ? text.Select(c => c.ToString()).ToList()
            : text.Split(delimiter).ToList();
        while (parts.Count > 0 && parts[^1].Length == 0)
        {
            parts.RemoveAt(parts.Count - 1);
        }

        return parts;
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string RemoveEnclosure(string text, string enclosure)
    {
        var first = text.IndexOf(enclosure, StringComparison.Ordinal);
        var last = text.LastIndexOf(enclosure, StringComparison.Ordinal);
        if (first == last)
        {
            return text;
        }

        var builder = new StringBuilder(text);
        builder.Remove(first, enclosure.Length);
        builder.Remove(last - enclosure.Length, enclosure.Length);
        return builder.ToString();
    }
}
