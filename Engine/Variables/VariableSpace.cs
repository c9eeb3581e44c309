using System.Text;

namespace Orleans.AsyncHop.Engine.Variables;

/// <summary>
/// A thread-safe set of Hop variables. A child space starts as a copy of its parent, so later writes
/// in the parent are not seen by the child and the reverse, as in Apache Hop.
/// </summary>
public sealed partial class VariableSpace
{
    private const int MaxResolveDepth = 50;

    private readonly Dictionary<string, string?> values;
    private readonly Lock sync = new();

    public VariableSpace(VariableSpace? parent = null)
    {
        values = parent is null ? new(StringComparer.Ordinal) : new(parent.Snapshot(), StringComparer.Ordinal);
        Parent = parent;
        Resolvers = parent?.Resolvers;
    }

    /// <summary>The space this one was copied from, used by scopes such as PARENT_WORKFLOW.</summary>
    public VariableSpace? Parent { get; set; }

    public string? Get(string name)
    {
        lock (sync)
        {
            return values.TryGetValue(name, out var value) ? value : null;
        }
    }

    public void Set(string name, string? value)
    {
        lock (sync)
        {
            values[name] = value;
        }
    }

    public void SetAll(IEnumerable<KeyValuePair<string, string?>> entries)
    {
        lock (sync)
        {
            foreach (var (name, value) in entries)
            {
                values[name] = value;
            }
        }
    }

    public bool Contains(string name)
    {
        lock (sync)
        {
            return values.ContainsKey(name);
        }
    }

    public Dictionary<string, string?> Snapshot()
    {
        lock (sync)
        {
            return new Dictionary<string, string?>(values, StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// Resolves <c>%%NAME%%</c>, <c>${NAME}</c> and hexadecimal <c>$[41,42]</c> references, then variable
    /// resolver expressions <c>#{name:path:key}</c>. Unknown names are left as they are, and a value that
    /// contains another reference is resolved again, up to 50 levels.
    /// </summary>
    public string Resolve(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var result = text;
        for (var depth = 0; depth < MaxResolveDepth; depth++)
        {
            var next = ReplaceHex(Replace(Replace(result, "%%", "%%"), "${", "}"));
            if (next == result)
            {
                return SubstituteResolvers(next);
            }

            result = next;
        }

        throw new HopException($"Variable references in '{text}' are nested more than {MaxResolveDepth} levels deep.");
    }

    /// <summary>
    /// Resolves only <c>%%NAME%%</c> and <c>${NAME}</c> references, one level, for text such as a JSONPath
    /// where <c>$[...]</c> is syntax and not a hexadecimal character reference.
    /// </summary>
    public string ResolveNamesOnly(string? text) =>
        string.IsNullOrEmpty(text) ? text ?? string.Empty : Replace(Replace(text, "%%", "%%"), "${", "}");

    private string Replace(string text, string open, string close)
    {
        var start = text.IndexOf(open, StringComparison.Ordinal);
        if (start < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        while (start >= 0)
        {
            var end = text.IndexOf(close, start + open.Length, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            var name = text.Substring(start + open.Length, end - start - open.Length);
            builder.Append(text, position, start - position);
            var value = Get(name);
            if (value is null)
            {
                builder.Append(text, start, end + close.Length - start);
            }
            else
            {
                builder.Append(value);
            }

            position = end + close.Length;
            start = text.IndexOf(open, position, StringComparison.Ordinal);
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    private static string ReplaceHex(string text)
    {
        var start = text.IndexOf("$[", StringComparison.Ordinal);
        if (start < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        while (start >= 0)
        {
            var end = text.IndexOf(']', start + 2);
            if (end < 0)
            {
                break;
            }

            builder.Append(text, position, start - position);
            var hex = text.Substring(start + 2, end - start - 2);
            var bytes = new List<byte>();
            foreach (var part in hex.Split(','))
            {
                if (byte.TryParse(part.Trim(), System.Globalization.NumberStyles.HexNumber, null, out var b))
                {
                    bytes.Add(b);
                }
            }

            builder.Append(Encoding.UTF8.GetString(bytes.ToArray()));
            position = end + 1;
            start = text.IndexOf("$[", position, StringComparison.Ordinal);
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }
}
