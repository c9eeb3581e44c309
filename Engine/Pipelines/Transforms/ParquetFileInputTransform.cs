using System.Globalization;
using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.Parquet;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;
using global::Parquet;
using global::Parquet.Schema;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Parquet file input: for each input row, reads the Parquet file named in the file name field. Each record
/// becomes one row: the input row followed by the listed fields converted to their target types, or by all
/// columns of the file when no fields are listed. Rows with a null file name are skipped.
/// </summary>
[Transform("ParquetFileInput")]
public sealed class ParquetFileInputTransform : TransformBase
{
    private readonly List<(string Source, ValueMeta Target)> fields = [];
    private string fileNameField = string.Empty;
    private bool nullsWhenEmpty;

    public override void Init()
    {
        fileNameField = Resolve(Meta.Element.Tag("filename_field"));
        nullsWhenEmpty = Meta.Element.Flag("nulls_when_empty");
        foreach (var field in Meta.Element.Element("fields")?.Elements("field") ?? [])
        {
            fields.Add((field.TagOrEmpty("source_field"), ReadTarget(field)));
        }

        // TODO: with no fields listed, Hop takes the output layout from metadata_filename before any row flows.
        // Here the layout of such a transform is only known once the first file is read.
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        inputMeta?.AddAll(new RowMeta(fields.Select(field => field.Target)));

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        long records = 0;
        RowMeta? outputMeta = null;
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            var inputMeta = InputRowMeta!;
            var index = inputMeta.IndexOf(fileNameField);
            if (index < 0)
            {
                throw Failure($"the file name field '{fileNameField}' was not found in the input rows ({inputMeta}).");
            }

            var name = ValueConverter.ToText(inputMeta[index], row[index]);
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            records += await ReadFileAsync(inputMeta, row, name, cancellationToken);
            outputMeta = DescribeOutput(inputMeta);
        }

        if (nullsWhenEmpty && records == 0 && InputRowMeta is { } meta)
        {
            outputMeta ??= DescribeOutput(meta)!;
            await PutRowAsync(outputMeta, new object?[outputMeta.Count], cancellationToken);
        }
    }

    private async Task<long> ReadFileAsync(RowMeta inputMeta, object?[] row, string name, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(HopPaths.ToLocalPath(name));
        long records = 0;
        try
        {
            await using var stream = File.OpenRead(path);
            var options = new ParquetOptions { UseDateOnlyTypeForDates = true, UseBigDecimal = false };
            await using var reader = await ParquetReader.CreateAsync(stream, options, false, cancellationToken);
            var dataFields = reader.Schema.GetDataFields();
            var selected = fields.Count > 0 ? fields : AllColumns(dataFields);
            var outputMeta = inputMeta.AddAll(new RowMeta(selected.Select(field => field.Target)));
            var columns = selected.Select(field => dataFields.FirstOrDefault(data => data.Name == field.Source)).ToList();
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var values = new List<object?[]?>();
                foreach (var column in columns)
                {
                    values.Add(column is null ? null : await ParquetValueReader.ReadColumnAsync(group, column, cancellationToken));
                }

                for (var r = 0; r < group.RowCount; r++)
                {
                    var output = RowMeta.Resize(row, outputMeta.Count);
                    for (var c = 0; c < columns.Count; c++)
                    {
                        output[inputMeta.Count + c] = values[c] is { } column
                            ? ParquetValueReader.Convert(column[r], columns[c]!, selected[c].Target)
                            : null;
                    }

                    IncrementLinesInput();
                    records++;
                    await PutRowAsync(outputMeta, output, cancellationToken);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or HopException
            or InvalidDataException or FormatException or OverflowException or NotSupportedException or InvalidOperationException)
        {
            throw Failure($"reading the Parquet file '{path}' failed: {exception.Message}", exception);
        }

        return records;
    }

    private static List<(string Source, ValueMeta Target)> AllColumns(IEnumerable<DataField> dataFields) =>
        dataFields.Select(field => (field.Name, new ValueMeta(field.Name, ParquetValueReader.NaturalType(field)))).ToList();

    private ValueMeta ReadTarget(XElement field)
    {
        var type = HopValueTypes.Parse(field.Tag("target_type"));
        var name = field.Tag("target_field") is { Length: > 0 } target ? target : field.TagOrEmpty("source_field");
        return new ValueMeta(name, type == HopValueType.None ? HopValueType.String : type)
        {
            ConversionMask = field.Tag("target_format") is { Length: > 0 } mask ? mask : null,
            Length = ParseInt(field.Tag("target_length")),
            Precision = ParseInt(field.Tag("target_precision")),
            Origin = Name,
        };
    }

    private static int ParseInt(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : -1;
}
