using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Yaml;

/// <summary>
/// Loads YAML documents into JSON nodes so JSONPath queries can run on them. Plain scalars get the types
/// SnakeYAML (the YAML 1.1 parser Hop uses) gives them: null, booleans (true/false, yes/no, on/off),
/// integers (decimal, 0x hex, 0 octal, 0b binary, underscores allowed) and floats. Quoted scalars stay text.
/// NOTE: timestamps stay text, where SnakeYAML would give a date.
/// </summary>
internal static partial class YamlDocuments
{
    private const int MaxNesting = 1000;

    /// <summary>Parses every document of the stream; an empty document is a null root.</summary>
    public static List<JsonNode?> Load(TextReader reader)
    {
        var text = reader.ReadToEnd();
        var stream = new YamlStream();
        try
        {
            CheckNesting(text);
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            throw new HopException($"invalid YAML at line {exception.Start.Line}, column {exception.Start.Column}: {exception.Message}", exception);
        }

        var expansion = new Expansion();
        return stream.Documents.Select(d => expansion.ToNode(d.RootNode)).ToList();
    }

    /// <summary>
    /// Rejects documents nested deeper than <see cref="MaxNesting"/> collections before YamlDotNet builds its
    /// node tree, because that builder recurses once per level and would overflow the stack.
    /// </summary>
    private static void CheckNesting(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case YamlDotNet.Core.Events.SequenceStart or YamlDotNet.Core.Events.MappingStart:
                    if (++depth > MaxNesting)
                    {
                        var start = parser.Current.Start;
                        throw new HopException($"the collections are nested more than {MaxNesting} levels deep " +
                            $"at line {start.Line}, column {start.Column}.");
                    }

                    break;
                case YamlDotNet.Core.Events.SequenceEnd or YamlDotNet.Core.Events.MappingEnd:
                    depth--;
                    break;
            }
        }
    }

    private static JsonValue? ToValue(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        if (tag is "tag:yaml.org,2002:str" || scalar.Style is not ScalarStyle.Plain and not ScalarStyle.Any)
        {
            return JsonValue.Create(text);
        }

        if (NullPattern().IsMatch(text))
        {
            return null;
        }

        if (BooleanPattern().IsMatch(text))
        {
            return JsonValue.Create(text[0] is 't' or 'T' or 'y' or 'Y' || text.Equals("on", StringComparison.OrdinalIgnoreCase));
        }

        if (IntegerPattern().IsMatch(text) && ParseInteger(text.Replace("_", string.Empty, StringComparison.Ordinal)) is { } integer)
        {
            return integer;
        }

        if (FloatPattern().IsMatch(text))
        {
            return JsonValue.Create(ParseFloat(text.Replace("_", string.Empty, StringComparison.Ordinal)));
        }

        return JsonValue.Create(text);
    }

    /// <summary>Reads an integer as a long, or as a decimal when it is too big for a long.</summary>
    private static JsonValue? ParseInteger(string text)
    {
        var negative = text.StartsWith('-');
        var digits = text.TrimStart('-', '+');
        var (radix, body) = digits switch
        {
            _ when digits.StartsWith("0x", StringComparison.Ordinal) => (16, digits[2..]),
            _ when digits.StartsWith("0b", StringComparison.Ordinal) => (2, digits[2..]),
            _ when digits.Length > 1 && digits[0] == '0' => (8, digits[1..]),
            _ => (10, digits),
        };
        if (radix == 10)
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var plain))
            {
                return JsonValue.Create(plain);
            }

            return decimal.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big)
                ? JsonValue.Create(big)
                : null;
        }

        try
        {
            var value = Convert.ToInt64(body, radix);
            return JsonValue.Create(negative ? -value : value);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static double ParseFloat(string text) => text.ToLowerInvariant() switch
    {
        ".nan" => double.NaN,
        ".inf" or "+.inf" => double.PositiveInfinity,
        "-.inf" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    [GeneratedRegex("^(?:~|null|Null|NULL|)$")]
    private static partial Regex NullPattern();

    [GeneratedRegex("^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")]
    private static partial Regex BooleanPattern();

    [GeneratedRegex("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+)$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^(?:[-+]?(?:\.[0-9]+|[0-9_]+(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex FloatPattern();

    /// <summary>
    /// Expands aliases while converting, so a document must not refer to a node from inside that node and
    /// must not expand to more than <see cref="MaxNodes"/> nodes (nested aliases can grow exponentially).
    /// </summary>
    private sealed class Expansion
    {
        private const int MaxNodes = 1_000_000;
        private readonly HashSet<YamlNode> open = new(ReferenceEqualityComparer.Instance);
        private int nodes;

        public JsonNode? ToNode(YamlNode node)
        {
            if (++nodes > MaxNodes)
            {
                throw new HopException($"the document expands to more than {MaxNodes} nodes through its aliases.");
            }

            if (node is YamlScalarNode scalar)
            {
                return ToValue(scalar);
            }

            if (!open.Add(node))
            {
                throw new HopException($"the alias at line {node.Start.Line}, column {node.Start.Column} refers to a node " +
                    "that contains it, so the document cannot be expanded.");
            }

            try
            {
                return node switch
                {
                    YamlMappingNode map => ToObject(map),
                    YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToNode).ToArray()),
                    _ => null,
                };
            }
            finally
            {
                open.Remove(node);
            }
        }

        private JsonObject ToObject(YamlMappingNode map)
        {
            var result = new JsonObject();
            foreach (var (key, value) in map.Children)
            {
                var name = key is YamlScalarNode scalar ? scalar.Value ?? "null" : key.ToString();
                result[name] = ToNode(value);
            }

            return result;
        }
    }
}
