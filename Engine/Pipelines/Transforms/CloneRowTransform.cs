using System.Globalization;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Clone row: writes each row followed by N clones (N fixed or read from a field), optionally adding a
/// Boolean flag (false on the original, true on clones) and the clone number (0 on the original).
/// </summary>
[Transform("CloneRow")]
public sealed class CloneRowTransform : TransformBase
{
    private string? flagField;
    private string? numberField;
    private RowMeta? cachedInput;
    private RowMeta? cachedOutput;

    public override void Init()
    {
        flagField = Meta.Element.Flag("addcloneflag") ? NullIfEmpty(Resolve(Meta.Element.Tag("cloneflagfield"))) : null;
        numberField = Meta.Element.Flag("addclonenum") ? NullIfEmpty(Resolve(Meta.Element.Tag("clonenumfield"))) : null;
        if (Meta.Element.Flag("addcloneflag") && flagField is null)
        {
            throw Failure("the clone flag field name is missing.");
        }

        if (Meta.Element.Flag("addclonenum") && numberField is null)
        {
            throw Failure("the clone number field name is missing.");
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => inputMeta is null ? null : OutputFor(inputMeta);

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var inputMeta = InputRowMeta!;
        var outputMeta = OutputFor(inputMeta);
        var clones = CloneCount(inputMeta, row);
        for (long i = 0; i <= clones; i++)
        {
            var output = RowMeta.Resize(row, outputMeta.Count);
            if (ReferenceEquals(output, row) && i > 0)
            {
                output = (object?[])row.Clone();
            }

            var index = inputMeta.Count;
            if (flagField is not null)
            {
                output[index++] = i > 0;
            }

            if (numberField is not null)
            {
                output[index] = i;
            }

            await PutRowAsync(outputMeta, output, cancellationToken);
        }
    }

    private long CloneCount(RowMeta inputMeta, object?[] row)
    {
        if (!Meta.Element.Flag("nrcloneinfield"))
        {
            var text = Resolve(Meta.Element.Tag("nrclones"));
            return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var fixedCount)
                ? fixedCount
                : throw Failure($"the number of clones '{text}' is not an integer.");
        }

        var field = Resolve(Meta.Element.Tag("nrclonefield"));
        var index = inputMeta.RequireIndex(field, Name);
        var value = ValueConverter.Convert(row[index], inputMeta[index], new ValueMeta(field, HopValueType.Integer));
        return value is long count ? count : throw Failure($"the number of clones in field '{field}' is null.");
    }

    private RowMeta OutputFor(RowMeta inputMeta)
    {
        if (ReferenceEquals(inputMeta, cachedInput))
        {
            return cachedOutput!;
        }

        var added = new List<ValueMeta>();
        if (flagField is not null)
        {
            added.Add(new ValueMeta(flagField, HopValueType.Boolean));
        }

        if (numberField is not null)
        {
            added.Add(new ValueMeta(numberField, HopValueType.Integer));
        }

        cachedInput = inputMeta;
        cachedOutput = inputMeta.Add([.. added]);
        return cachedOutput;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
