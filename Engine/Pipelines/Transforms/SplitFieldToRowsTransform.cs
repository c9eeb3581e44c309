using System.Text.RegularExpressions;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Split field to rows: writes one row per piece of a string field cut at a delimiter (plain text or a
/// regular expression), each a copy of the input row plus the piece and, when asked, a row number.
/// </summary>
[Transform("SplitFieldToRows3")]
public sealed class SplitFieldToRowsTransform : TransformBase
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(5);

    private string splitField = string.Empty;
    private string newField = string.Empty;
    private string? rowNumberField;
    private bool resetRowNumber;
    private Regex delimiter = null!;
    private RowMeta? layoutFor;
    private RowMeta? layout;
    private int fieldIndex;
    private long rowNumber = 1;

    public override void Init()
    {
        splitField = Resolve(Meta.Element.Tag("splitfield"));
        newField = Meta.Element.TagOrEmpty("newfield");
        resetRowNumber = Meta.Element.Flag("resetrownumber");
        if (Meta.Element.Flag("rownum"))
        {
            rowNumberField = Resolve(Meta.Element.Tag("rownum_field"));
            if (rowNumberField.Length == 0)
            {
                throw Failure("the row number field name is missing; specify it or switch off the row number.");
            }
        }

        if (newField.Length == 0)
        {
            throw Failure("the new field name is missing; specify the field that receives the pieces.");
        }

        var text = Resolve(Meta.Element.Tag("delimiter"));
        var isRegex = Meta.Element.Flag("delimiter_is_regex");
        // NOTE: .NET regular expressions run the pattern; Java-only syntax such as possessive quantifiers differs.
        try
        {
            delimiter = new Regex(isRegex ? text : Regex.Escape(text), RegexOptions.None, RegexTimeout);
        }
        catch (ArgumentException exception)
        {
            throw Failure($"the delimiter '{text}' is not a valid regular expression: {exception.Message}", exception);
        }
    }

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (!ReferenceEquals(layoutFor, input))
        {
            Prepare(input);
        }

        if (rowNumberField is not null && resetRowNumber)
        {
            rowNumber = 1;
        }

        var text = ValueConverter.ToText(input[fieldIndex], row[fieldIndex]) ?? string.Empty;
        foreach (var piece in Split(text))
        {
            var result = RowMeta.Resize(row, layout!.Count);
            result[input.Count] = piece;
            if (rowNumberField is not null)
            {
                result[input.Count + 1] = rowNumber;
            }

            await PutRowAsync(layout, result, cancellationToken);
            rowNumber++;
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta)
    {
        if (inputMeta is null)
        {
            return null;
        }

        Prepare(inputMeta);
        return layout;
    }

    /// <summary>
    /// Splits as Java's Pattern.split with a negative limit: trailing empty pieces stay, and a zero-width
    /// match at the start gives no leading empty piece.
    /// </summary>
    private List<string> Split(string text)
    {
        var pieces = new List<string>();
        var start = 0;
        try
        {
            foreach (Match match in delimiter.Matches(text))
            {
                if (match.Index == 0 && match.Length == 0)
                {
                    continue;
                }

                pieces.Add(text[start..match.Index]);
                start = match.Index + match.Length;
            }
        }
        catch (RegexMatchTimeoutException exception)
        {
            throw Failure($"the delimiter '{delimiter}' took longer than {RegexTimeout.TotalSeconds} s to match " +
                $"the value of field '{splitField}' (row {LinesRead}).", exception);
        }

        pieces.Add(text[start..]);
        return pieces;
    }

    private void Prepare(RowMeta input)
    {
        fieldIndex = input.IndexOf(splitField);
        if (fieldIndex < 0)
        {
            throw Failure($"the field to split '{splitField}' is not in the input row ({input}).");
        }

        if (input[fieldIndex].Type != HopValueType.String)
        {
            throw Failure($"the field to split '{splitField}' is of type {HopValueTypes.Name(input[fieldIndex].Type)}; " +
                "only String fields can be split.");
        }

        var added = new List<ValueMeta> { new(newField, HopValueType.String) };
        if (rowNumberField is not null)
        {
            added.Add(new ValueMeta(rowNumberField, HopValueType.Integer) { Length = 15, Precision = 0 });
        }

        layout = input.Add([.. added]);
        layoutFor = input;
    }
}
