namespace Orleans.AsyncHop.Engine.Json;

/// <summary>Turns JSONPath text into segments; a path without a leading <c>$</c> is read as <c>$.path</c>, as Jayway does.</summary>
internal static class JsonPathParser
{
    public static List<JsonPathSegment> Parse(string text)
    {
        if (text.StartsWith('$') || text.StartsWith('@'))
        {
            text = text[1..];
        }
        else if (text.Length > 0 && text[0] != '.' && text[0] != '[')
        {
            text = "." + text;
        }

        var segments = new List<JsonPathSegment>();
        var position = 0;
        while (position < text.Length)
        {
            var deep = false;
            if (text[position] == '.')
            {
                position++;
                if (position < text.Length && text[position] == '.')
                {
                    deep = true;
                    position++;
                }

                if (position < text.Length && text[position] == '[')
                {
                    segments.Add(ParseBracket(text, ref position, deep));
                    continue;
                }

                var start = position;
                while (position < text.Length && text[position] != '.' && text[position] != '[')
                {
                    position++;
                }

                var name = text[start..position];
                if (name.Length == 0)
                {
                    throw new FormatException("a property name is missing after '.'");
                }

                segments.Add(name == "*"
                    ? new JsonPathSegment(JsonPathStepKind.Wildcard, deep)
                    : new JsonPathSegment(JsonPathStepKind.Property, deep) { Names = [name] });
                continue;
            }

            if (text[position] == '[')
            {
                segments.Add(ParseBracket(text, ref position, deep));
                continue;
            }

            throw new FormatException($"unexpected '{text[position]}' at position {position}");
        }

        return segments;
    }

    private static JsonPathSegment ParseBracket(string text, ref int position, bool deep)
    {
        var end = FindClosingBracket(text, position);
        var inner = text[(position + 1)..end].Trim();
        position = end + 1;
        if (inner == "*")
        {
            return new JsonPathSegment(JsonPathStepKind.Wildcard, deep);
        }

        if (inner.StartsWith('?'))
        {
            var expression = inner[1..].Trim();
            if (expression.StartsWith('(') && expression.EndsWith(')'))
            {
                expression = expression[1..^1];
            }

            return new JsonPathSegment(JsonPathStepKind.Filter, deep) { Filter = JsonPathFilter.Parse(expression) };
        }

        if (inner.StartsWith('\'') || inner.StartsWith('"'))
        {
            var names = inner.Split(',').Select(n => n.Trim().Trim('\'', '"')).ToList();
            return new JsonPathSegment(JsonPathStepKind.Property, deep) { Names = names };
        }

        if (inner.Contains(':'))
        {
            var parts = inner.Split(':');
            return new JsonPathSegment(JsonPathStepKind.Slice, deep)
            {
                SliceStart = parts[0].Trim().Length == 0 ? null : JsonPathQuery.ParseInt(parts[0]),
                SliceEnd = parts.Length < 2 || parts[1].Trim().Length == 0 ? null : JsonPathQuery.ParseInt(parts[1]),
                SliceStep = parts.Length < 3 || parts[2].Trim().Length == 0 ? 1 : JsonPathQuery.ParseInt(parts[2]),
            };
        }

        return new JsonPathSegment(JsonPathStepKind.Index, deep)
        {
            Indexes = inner.Split(',').Select(JsonPathQuery.ParseInt).ToList(),
        };
    }

    private static int FindClosingBracket(string text, int open)
    {
        var depth = 0;
        char? quote = null;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }

                continue;
            }

            if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '[')
            {
                depth++;
            }
            else if (c == ']' && --depth == 0)
            {
                return i;
            }
        }

        throw new FormatException("a '[' is not closed");
    }
}
