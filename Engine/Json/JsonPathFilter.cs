using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Orleans.AsyncHop.Engine.Json;

/// <summary>
/// A filter expression <c>?(...)</c>: comparisons (==, !=, &lt;, &lt;=, &gt;, &gt;=, =~) between relative paths
/// (<c>@.x</c>), root paths (<c>$.x</c>) and literals, existence tests, negation with <c>!</c>, and
/// <c>&amp;&amp;</c> / <c>||</c>, with parentheses.
/// </summary>
public sealed class JsonPathFilter
{
    private readonly Func<JsonNode?, JsonNode?, bool> predicate;

    private JsonPathFilter(Func<JsonNode?, JsonNode?, bool> predicate) => this.predicate = predicate;

    public bool Matches(JsonNode? current, JsonNode? root) => predicate(current, root);

    public static JsonPathFilter Parse(string text) => new(new Parser(text).ParseAll());

    private sealed class Parser(string text)
    {
        private int position;

        public Func<JsonNode?, JsonNode?, bool> ParseAll()
        {
            var result = ParseOr();
            SkipSpaces();
            if (position < text.Length)
            {
                throw new FormatException($"unexpected '{text[position..]}' in the filter '{text}'");
            }

            return result;
        }

        private Func<JsonNode?, JsonNode?, bool> ParseOr()
        {
            var left = ParseAnd();
            while (TryConsume("||"))
            {
                var first = left;
                var second = ParseAnd();
                left = (c, r) => first(c, r) || second(c, r);
            }

            return left;
        }

        private Func<JsonNode?, JsonNode?, bool> ParseAnd()
        {
            var left = ParseUnary();
            while (TryConsume("&&"))
            {
                var first = left;
                var second = ParseUnary();
                left = (c, r) => first(c, r) && second(c, r);
            }

            return left;
        }

        private Func<JsonNode?, JsonNode?, bool> ParseUnary()
        {
            SkipSpaces();
            if (TryConsume("!") && !Peek("="))
            {
                var inner = ParseUnary();
                return (c, r) => !inner(c, r);
            }

            if (TryConsume("("))
            {
                var inner = ParseOr();
                Expect(")");
                return inner;
            }

            var left = ParseOperand();
            SkipSpaces();
            foreach (var op in new[] { "==", "!=", "<=", ">=", "=~", "<", ">" })
            {
                if (TryConsume(op))
                {
                    var right = ParseOperand();
                    return (c, r) => Compare(op, left(c, r), right(c, r));
                }
            }

            return (c, r) => left(c, r) is { Found: true, Value: var v } && v is not null
                && !(v.GetValueKind() == JsonValueKind.False);
        }

        private Func<JsonNode?, JsonNode?, (bool Found, JsonNode? Value)> ParseOperand()
        {
            SkipSpaces();
            if (Peek("@") || Peek("$"))
            {
                var start = position;
                var depth = 0;
                while (position < text.Length)
                {
                    var ch = text[position];
                    if (ch == '[')
                    {
                        depth++;
                    }
                    else if (ch == ']')
                    {
                        depth--;
                    }
                    else if (depth == 0 && (char.IsWhiteSpace(ch) || "=!<>&|)".Contains(ch)))
                    {
                        break;
                    }

                    position++;
                }

                var pathText = text[start..position];
                var relative = pathText.StartsWith('@');
                var path = JsonPathQuery.Compile("$" + pathText[1..]);
                return (c, r) =>
                {
                    var found = path.Select(relative ? c : r);
                    return found.Count == 0 ? (false, null) : (true, found[0]);
                };
            }

            if (Peek("'") || Peek("\""))
            {
                var quote = text[position++];
                var end = text.IndexOf(quote, position);
                var literal = text[position..end];
                position = end + 1;
                JsonNode node = JsonValue.Create(literal);
                return (_, _) => (true, node);
            }

            if (Peek("/"))
            {
                var end = text.LastIndexOf('/');
                var pattern = text[(position + 1)..end];
                position = end + 1;
                var flags = string.Empty;
                while (position < text.Length && char.IsLetter(text[position]))
                {
                    flags += text[position++];
                }

                var regex = pattern + (flags.Contains('i') ? "\u0000i" : string.Empty);
                JsonNode node = JsonValue.Create(regex);
                return (_, _) => (true, node);
            }

            var begin = position;
            while (position < text.Length && !char.IsWhiteSpace(text[position]) && !"=!<>&|)".Contains(text[position]))
            {
                position++;
            }

            var word = text[begin..position];
            var parsed = word == "null" ? null : JsonNode.Parse(word);
            return (_, _) => (true, parsed);
        }

        private static bool Compare(string op, (bool Found, JsonNode? Value) left, (bool Found, JsonNode? Value) right)
        {
            if (!left.Found || !right.Found)
            {
                return op == "!=" && left.Found != right.Found;
            }

            if (op == "=~")
            {
                var pattern = right.Value?.GetValue<string>() ?? string.Empty;
                var options = RegexOptions.None;
                if (pattern.EndsWith("\u0000i", StringComparison.Ordinal))
                {
                    pattern = pattern[..^2];
                    options = RegexOptions.IgnoreCase;
                }

                return left.Value is JsonValue lv && lv.TryGetValue<string>(out var s) && Regex.IsMatch(s, pattern, options);
            }

            var order = Order(left.Value, right.Value);
            return op switch
            {
                "==" => order == 0,
                "!=" => order != 0,
                "<" => order is < 0 and not int.MinValue,
                "<=" => order is <= 0 and not int.MinValue,
                ">" => order is > 0 and not int.MaxValue,
                ">=" => order is >= 0 and not int.MaxValue,
                _ => false,
            };
        }

        /// <summary>Orders two values; int.MinValue / int.MaxValue mean "not comparable".</summary>
        private static int Order(JsonNode? left, JsonNode? right)
        {
            if (left is null || right is null)
            {
                return left is null && right is null ? 0 : int.MaxValue;
            }

            var lk = left.GetValueKind();
            var rk = right.GetValueKind();
            if (lk == JsonValueKind.Number && rk == JsonValueKind.Number)
            {
                return left.GetValue<decimal>().CompareTo(right.GetValue<decimal>());
            }

            if (lk == JsonValueKind.String && rk == JsonValueKind.String)
            {
                return string.CompareOrdinal(left.GetValue<string>(), right.GetValue<string>());
            }

            if (lk == JsonValueKind.Number && rk == JsonValueKind.String
                && decimal.TryParse(right.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return left.GetValue<decimal>().CompareTo(number);
            }

            return JsonNode.DeepEquals(left, right) ? 0 : int.MaxValue;
        }

        private void SkipSpaces()
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }
        }

        private bool Peek(string token) => string.CompareOrdinal(text, position, token, 0, token.Length) == 0;

        private bool TryConsume(string token)
        {
            SkipSpaces();
            if (!Peek(token))
            {
                return false;
            }

            position += token.Length;
            return true;
        }

        private void Expect(string token)
        {
            if (!TryConsume(token))
            {
                throw new FormatException($"'{token}' expected at position {position} of the filter '{text}'");
            }
        }
    }
}
