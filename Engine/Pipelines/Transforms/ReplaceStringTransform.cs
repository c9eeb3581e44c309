using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Replace in string: replaces every match of a literal text or regular expression in String fields, in
/// place or into a new field. The replacement comes from the settings or from another field; "$1" refers
/// to a group and backslashes are literal, as in Hop.
/// </summary>
[Transform("ReplaceString")]
public sealed class ReplaceStringTransform : TransformBase
{
    private List<Rule> rules = [];
    private RowMeta? lastInput;
    private RowMeta? output;
    private int[] inputIndexes = [];
    private int[] replaceFieldIndexes = [];

    public override void Init()
    {
        rules = Meta.Element.Element("fields")?.Elements("field").Select(ReadRule).ToList() ?? [];
    }

    private Rule ReadRule(XElement field)
    {
        var literal = !YesNo(field, "use_regex");
        var wholeWord = YesNo(field, "whole_word");
        var pattern = Resolve(field.Tag("replace_string"));
        if (literal)
        {
            pattern = Regex.Escape(pattern);
        }

        if (wholeWord)
        {
            pattern = @"\b" + pattern + @"\b";
        }

        var options = YesNo(field, "case_sensitive") ? RegexOptions.None : RegexOptions.IgnoreCase;
        Regex regex;
        try
        {
            regex = new Regex(pattern, options | RegexOptions.CultureInvariant);
        }
        catch (ArgumentException exception)
        {
            throw Failure($"the pattern '{pattern}' of field '{field.Tag("in_stream_name")}' is not a valid regular expression: {exception.Message}", exception);
        }

        return new Rule(
            field.TagOrEmpty("in_stream_name"),
            Resolve(field.Tag("out_stream_name")),
            regex,
            ToNetReplacement(Resolve(field.Tag("replace_by_string"))),
            field.Tag("replace_field_by_string"),
            YesNo(field, "set_empty_string"));
    }

    private static bool YesNo(XElement element, string tag) =>
        element.Tag(tag)?.Trim().ToUpperInvariant() is "Y" or "YES" or "TRUE";

    /// <summary>
    /// Turns a Java replacement, in which Hop has made every backslash literal, into a .NET one: "$n" and
    /// "${name}" stay group references and a '$' before anything else is literal.
    /// </summary>
    private static string ToNetReplacement(string text)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isReference = c == '$' && i + 1 < text.Length && (char.IsDigit(text[i + 1]) || text[i + 1] == '{');
            builder.Append(c == '$' && !isReference ? "$$" : c.ToString());
        }

        return builder.ToString();
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        inputMeta?.Add(rules.Where(r => !string.IsNullOrEmpty(r.Out)).Select(r => new ValueMeta(r.Out, HopValueType.String)).ToArray());

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (!ReferenceEquals(input, lastInput))
        {
            lastInput = input;
            output = DescribeOutput(input);
            inputIndexes = rules.Select(r => input.RequireIndex(r.In, Name)).ToArray();
            replaceFieldIndexes = rules.Select(r => string.IsNullOrEmpty(r.ReplaceField) ? -1 : input.RequireIndex(r.ReplaceField, Name)).ToArray();
            var notText = inputIndexes.FirstOrDefault(i => input[i].Type != HopValueType.String, -1);
            if (notText >= 0)
            {
                throw Failure($"field '{input[notText].Name}' is not a String, so text cannot be replaced in it.");
            }
        }

        var result = RowMeta.Resize(row, output!.Count);
        var next = input.Count;
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var text = result[inputIndexes[i]] as string;
            var value = Replace(text, rule, ReplacementFor(i, row, input));
            if (string.IsNullOrEmpty(rule.Out))
            {
                result[inputIndexes[i]] = value;
            }
            else
            {
                result[next++] = value;
            }
        }

        await PutRowAsync(output, result, cancellationToken);
    }

    private string? ReplacementFor(int i, object?[] row, RowMeta input)
    {
        if (rules[i].SetEmptyString)
        {
            return string.Empty;
        }

        if (replaceFieldIndexes[i] < 0)
        {
            return rules[i].ReplaceBy;
        }

        var text = ValueConverter.ToText(input[replaceFieldIndexes[i]], row[replaceFieldIndexes[i]]);
        return text is null ? null : ToNetReplacement(text);
    }

    /// <summary>Replaces all matches; with no replacement a full match gives null and anything else is kept.</summary>
    private static string? Replace(string? text, Rule rule, string? replacement)
    {
        if (text is null)
        {
            return null;
        }

        if (replacement is null)
        {
            var match = rule.Pattern.Match(text);
            return match.Success && match.Index == 0 && match.Length == text.Length ? null : text;
        }

        return rule.Pattern.Replace(text, replacement);
    }

    private sealed record Rule(string In, string Out, Regex Pattern, string ReplaceBy, string? ReplaceField, bool SetEmptyString);
}
