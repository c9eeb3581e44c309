using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Select values: selects and renames fields (optionally keeping the others), removes fields, then
/// changes field metadata (name, type, length, precision, format) and converts the values.
/// </summary>
[Transform("SelectValues")]
public sealed class SelectValuesTransform : TransformBase
{
    private List<(string Name, string? Rename, int Length, int Precision)> selects = [];
    private bool selectUnspecified;
    private List<string> removes = [];
    private List<XElement> changes = [];
    private RowMeta? lastInput;
    private Plan? plan;

    public override void Init()
    {
        var fields = Meta.Element.Element("fields") ?? new XElement("fields");
        selects = fields.Elements("field")
            .Select(f => (f.TagOrEmpty("name"), NullIfEmpty(f.Tag("rename")), f.Int("length", -2), f.Int("precision", -2)))
            .ToList();
        selectUnspecified = fields.Flag("select_unspecified");
        removes = fields.Elements("remove").Select(r => r.TagOrEmpty("name")).ToList();
        changes = fields.Elements("meta").ToList();
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => inputMeta is null ? null : BuildPlan(inputMeta).Output;

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (!ReferenceEquals(input, lastInput))
        {
            lastInput = input;
            plan = BuildPlan(input);
        }

        var output = new object?[plan!.Output.Count];
        for (var i = 0; i < plan.Sources.Length; i++)
        {
            var value = row[plan.Sources[i]];
            if (plan.Conversions[i] is { } conversion)
            {
                try
                {
                    value = ValueConverter.Convert(value, conversion.From, conversion.To);
                }
                catch (HopException exception) when (HasErrorHandling)
                {
                    var field = plan.Output[i].Name;
                    await PutErrorAsync(input, row, 1, ErrorDescription(exception), field, "SELECT001", cancellationToken);
                    return;
                }
                catch (HopException exception)
                {
                    throw Failure(exception.Message, exception);
                }
            }

            output[i] = value;
        }

        await PutRowAsync(plan.Output, output, cancellationToken);
    }

    /// <summary>
    /// Formats a conversion error as Hop's error rows show it: Hop wraps the value exception in a
    /// conversion exception, and each level adds a line break before and after its message.
    /// </summary>
    private static string ErrorDescription(HopException exception)
    {
        var inner = exception.InnerException?.Message is { } cause ? cause + "\n" : string.Empty;
        return "\n\n" + exception.Message + "\n" + inner + "\n";
    }

    private Plan BuildPlan(RowMeta input)
    {
        var metas = new List<ValueMeta>();
        var sources = new List<int>();
        if (selects.Count > 0)
        {
            foreach (var (name, rename, length, precision) in selects)
            {
                var index = input.RequireIndex(name, Name);
                var meta = input[index];
                if (rename is not null)
                {
                    meta = meta.Rename(rename);
                }

                meta = meta with
                {
                    Length = length == -2 ? meta.Length : length,
                    Precision = precision == -2 ? meta.Precision : precision,
                };
                metas.Add(meta);
                sources.Add(index);
            }

            if (selectUnspecified)
            {
                var selected = selects.Select(s => s.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < input.Count; i++)
                {
                    if (!selected.Contains(input[i].Name))
                    {
                        metas.Add(input[i]);
                        sources.Add(i);
                    }
                }
            }
        }
        else
        {
            metas.AddRange(input.Fields);
            sources.AddRange(Enumerable.Range(0, input.Count));
        }

        foreach (var remove in removes)
        {
            var index = metas.FindIndex(m => m.Name.Equals(remove, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw Failure($"field '{remove}' to remove is not in the input row ({input}).");
            }

            metas.RemoveAt(index);
            sources.RemoveAt(index);
        }

        var conversions = new (ValueMeta From, ValueMeta To)?[metas.Count];
        foreach (var change in changes)
        {
            var name = change.TagOrEmpty("name");
            var index = metas.FindIndex(m => m.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw Failure($"field '{name}' to change is not in the row ({string.Join(", ", metas.Select(m => m.Name))}).");
            }

            var source = metas[index];
            var to = ApplyChange(source, change);
            metas[index] = to;
            var mask = NullIfEmpty(change.Tag("conversion_mask"));
            if (to.Type != source.Type || mask is not null)
            {
                conversions[index] = (mask is null ? source : source with { ConversionMask = mask, DecimalSymbol = to.DecimalSymbol, GroupingSymbol = to.GroupingSymbol, CurrencySymbol = to.CurrencySymbol, RoundingMode = to.RoundingMode }, to);
            }
        }

        return new Plan(new RowMeta(metas), sources.ToArray(), conversions);
    }

    private static ValueMeta ApplyChange(ValueMeta source, XElement change)
    {
        var rename = NullIfEmpty(change.Tag("rename"));
        var type = HopValueTypes.Parse(change.Tag("type"));
        var length = change.Int("length", -2);
        var precision = change.Int("precision", -2);
        return source with
        {
            Name = rename ?? source.Name,
            Type = type == HopValueType.None ? source.Type : type,
            Length = length == -2 ? source.Length : length,
            Precision = precision == -2 ? source.Precision : precision,
            ConversionMask = NullIfEmpty(change.Tag("conversion_mask")) ?? source.ConversionMask,
            DecimalSymbol = NullIfEmpty(change.Tag("decimal_symbol")) ?? source.DecimalSymbol,
            GroupingSymbol = NullIfEmpty(change.Tag("grouping_symbol")) ?? source.GroupingSymbol,
            CurrencySymbol = NullIfEmpty(change.Tag("currency_symbol")) ?? source.CurrencySymbol,
            DateFormatLenient = change.Flag("date_format_lenient") || source.DateFormatLenient,
            LenientStringToNumber = change.Flag("lenient_string_to_number") || source.LenientStringToNumber,
            RoundingMode = change.Element("roundingType") is { } rounding ? JavaRoundingModes.Parse(rounding.Value) : source.RoundingMode,
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private sealed record Plan(RowMeta Output, int[] Sources, (ValueMeta From, ValueMeta To)?[] Conversions);
}
