using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Metadata structure of stream: after reading all input rows, writes one row per input field with its
/// position, name, comments, type, length, precision, mask and origin (each column optional and renamable)
/// plus, when asked, the number of rows read. No input rows means no output, as in Hop. The engine keeps
/// no field comments, and an origin only where a transform sets one, so those columns are mostly null.
/// </summary>
[Transform("TransformMetaStructure")]
public sealed class TransformMetaStructureTransform : TransformBase
{
    private readonly List<(string Column, Func<ValueMeta, int, object?> Value, HopValueType Type)> columns = [];
    private bool outputRowCount;
    private string rowCountField = "Rowcount";

    public override void Init()
    {
        var e = Meta.Element;
        Column("includePositionField", "positionFieldname", "Position", HopValueType.Integer, (_, i) => (long)(i + 1));
        Column("includeFieldnameField", "fieldFieldname", "Fieldname", HopValueType.String, (v, _) => v.Name);
        Column("includeCommentsField", "commentsFieldname", "Comments", HopValueType.String, (_, _) => null);
        Column("includeTypeField", "typeFieldname", "Type", HopValueType.String, (v, _) => HopValueTypes.Name(v.Type));
        Column("includeLengthField", "lengthFieldname", "Length", HopValueType.Integer, (v, _) => (long)v.Length);
        Column(
            "includePrecisionField", "precisionFieldname", "Precision", HopValueType.Integer, (v, _) => (long)v.ReportedPrecision);
        Column(
            "includeMaskField", "maskFieldname", "Mask", HopValueType.String,
            (v, _) => string.IsNullOrEmpty(v.ConversionMask) ? null : v.ConversionMask);
        Column("includeOriginField", "originFieldname", "Origin", HopValueType.String, (v, _) => string.IsNullOrEmpty(v.Origin) ? null : v.Origin);
        outputRowCount = e.Flag("outputRowcount", true);
        rowCountField = e.Tag("rowcountField") is { Length: > 0 } name ? name : rowCountField;
        OutputRowMeta = Layout();

        void Column(
            string flag, string nameTag, string defaultName, HopValueType type, Func<ValueMeta, int, object?> value)
        {
            if (e.Flag(flag, true))
            {
                columns.Add((e.Tag(nameTag) is { Length: > 0 } name ? name : defaultName, value, type));
            }
        }
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        long count = 0;
        while (await GetRowAsync(cancellationToken) is not null)
        {
            count++;
        }

        if (count == 0 || InputRowMeta is not { } input)
        {
            return;
        }

        var layout = Layout();
        for (var i = 0; i < input.Count; i++)
        {
            var row = new object?[layout.Count];
            for (var c = 0; c < columns.Count; c++)
            {
                row[c] = columns[c].Value(input[i], i);
            }

            if (outputRowCount)
            {
                row[^1] = count;
            }

            await PutRowAsync(layout, row, cancellationToken);
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => Layout();

    private RowMeta Layout()
    {
        var fields = columns.Select(c => new ValueMeta(c.Column, c.Type)).ToList();
        if (outputRowCount)
        {
            fields.Add(new ValueMeta(rowCountField, HopValueType.Integer));
        }

        return new RowMeta(fields);
    }
}
