using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.Text;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// String operations: trims, changes case, pads, capitalizes words, escapes, keeps or removes digits and
/// removes special characters, in that order, on the text of a field, in place or into a new String field.
/// </summary>
[Transform("StringOperations")]
public sealed class StringOperationsTransform : TransformBase
{
    private List<Operation> operations = [];
    private RowMeta? lastInput;
    private RowMeta? output;
    private int[] indexes = [];

    public override void Init()
    {
        operations = Meta.Element.Element("fields")?.Elements("field").Select(Read).ToList() ?? [];
    }

    private Operation Read(XElement field) => new(
        field.TagOrEmpty("in_stream_name"),
        Resolve(field.Tag("out_stream_name")),
        Code(field, "trim_type"),
        Code(field, "lower_upper"),
        Code(field, "init_cap"),
        Code(field, "mask_xml"),
        Code(field, "digits"),
        Code(field, "remove_special_characters"),
        Code(field, "padding_type"),
        int.TryParse(Resolve(field.Tag("pad_len")), out var length) ? length : -1,
        Resolve(field.Tag("pad_char")));

    private static string Code(XElement field, string tag) => field.Tag(tag)?.Trim().ToLowerInvariant() ?? "none";

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => inputMeta is null ? null : Layout(inputMeta);

    private RowMeta Layout(RowMeta input)
    {
        var fields = input.Fields.ToList();
        foreach (var operation in operations)
        {
            if (!string.IsNullOrEmpty(operation.Out))
            {
                fields.Add(new ValueMeta(operation.Out, HopValueType.String));
            }
            else if (input.IndexOf(operation.In) is var index and >= 0)
            {
                fields[index] = new ValueMeta(input[index].Name, HopValueType.String);
            }
        }

        return new RowMeta(fields);
    }

    protected override ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (!ReferenceEquals(input, lastInput))
        {
            lastInput = input;
            output = Layout(input);
            indexes = operations.Select(o => input.RequireIndex(o.In, Name)).ToArray();
        }

        var result = (object?[])RowMeta.Resize(row, output!.Count).Clone();
        var next = input.Count;
        for (var i = 0; i < operations.Count; i++)
        {
            var value = Apply(operations[i], ValueConverter.ToText(input[indexes[i]], row[indexes[i]]));
            if (string.IsNullOrEmpty(operations[i].Out))
            {
                result[indexes[i]] = value;
            }
            else
            {
                result[next++] = value;
            }
        }

        return PutRowAsync(output, result, cancellationToken);
    }

    /// <summary>Applies the operations in Hop's order; null and empty text pass through unchanged.</summary>
    public static string? Apply(Operation operation, string? text)
    {
        text = IfText(text, t => operation.Trim switch
        {
            "left" => HopText.TrimLeft(t),
            "right" => HopText.TrimRight(t),
            "both" => HopText.Trim(t),
            _ => t,
        });
        text = IfText(text, t => operation.LowerUpper switch
        {
            "lower" => t.ToLowerInvariant(),
            "upper" => t.ToUpperInvariant(),
            _ => t,
        });
        text = IfText(text, t => operation.Padding switch
        {
            "left" => HopText.LeftPad(t, operation.PadCharacter, operation.PadLength),
            "right" => HopText.RightPad(t, operation.PadCharacter, operation.PadLength),
            _ => t,
        });
        text = IfText(text, t => operation.InitCap == "yes" ? HopText.InitCap(t) : t);
        text = IfText(text, t => operation.MaskXml switch
        {
            "escapexml" => HopText.EscapeXml(t),
            "cdata" => HopText.ProtectCdata(t),
            "unescapexml" => HopText.UnescapeXml(t),
            "escapehtml" => HopText.EscapeHtml(t),
            "unescapehtml" => HopText.UnescapeHtml(t),
            "escapesql" => HopText.EscapeSql(t),
            _ => t,
        });
        text = IfText(text, t => operation.Digits switch
        {
            "digits_only" => HopText.DigitsOnly(t),
            "remove_digits" => HopText.RemoveDigits(t),
            _ => t,
        });
        return IfText(text, t => operation.RemoveSpecial switch
        {
            "cr" => HopText.RemoveCharacters(t, '\r'),
            "lf" => HopText.RemoveCharacters(t, '\n'),
            "crlf" => HopText.RemoveCharacters(t, '\r', '\n'),
            "tab" => HopText.RemoveCharacters(t, '\t'),
            "espace" => t.Replace(" ", string.Empty, StringComparison.Ordinal),
            _ => t,
        });
    }

    private static string? IfText(string? text, Func<string, string?> operation) =>
        string.IsNullOrEmpty(text) ? text : operation(text);

    /// <summary>One field's operations, with the codes Hop writes in XML.</summary>
    public sealed record Operation(
        string In,
        string Out,
        string Trim,
        string LowerUpper,
        string InitCap,
        string MaskXml,
        string Digits,
        string RemoveSpecial,
        string Padding,
        int PadLength,
        string PadCharacter);
}
