using System.Globalization;
using Avro.File;
using Avro.Generic;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.Avro;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Avro file input: for each input row, reads the Avro data file named in the file name field and writes one
/// row per record, the input row followed by the record as an Avro Record value. An optional row limit stops
/// reading once that many records were read in total.
/// </summary>
[Transform("AvroFileInput")]
public sealed class AvroFileInputTransform : TransformBase
{
    private string fileNameField = string.Empty;
    private string outputField = "avro";
    private long rowsLimit = -1;
    private long recordsRead;

    public override void Init()
    {
        AvroSnappyCodec.Register();
        fileNameField = Resolve(Meta.Element.Tag("data_filename_field"));
        if (Meta.Element.Tag("output_field") is { Length: > 0 } output)
        {
            outputField = Resolve(output);
        }

        var limit = Resolve(Meta.Element.Tag("rows_limit")).Trim();
        rowsLimit = long.TryParse(limit, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : -1;
        if (fileNameField.Length == 0)
        {
            throw Failure("the data file name field (data_filename_field) is not set; name the field with the files to read.");
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        inputMeta?.Add(new ValueMeta(outputField, HopValueType.AvroRecord) { Origin = Name });

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var inputMeta = InputRowMeta!;
        var index = inputMeta.IndexOf(fileNameField);
        if (index < 0)
        {
            throw Failure($"the data file name field '{fileNameField}' was not found in the input rows ({inputMeta}).");
        }

        var outputMeta = DescribeOutput(inputMeta)!;
        var name = ValueConverter.ToText(inputMeta[index], row[index]);
        var path = Path.GetFullPath(HopPaths.ToLocalPath(name ?? string.Empty));
        try
        {
            using var reader = DataFileReader<GenericRecord>.OpenReader(path);
            while (reader.HasNext() && (rowsLimit <= 0 || recordsRead < rowsLimit))
            {
                var record = reader.Next();
                IncrementLinesInput();
                recordsRead++;
                var output = RowMeta.Resize(row, outputMeta.Count);
                output[inputMeta.Count] = record;
                await PutRowAsync(outputMeta, output, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException
            or global::Avro.AvroException or InvalidDataException or ArgumentException)
        {
            throw Failure($"reading the Avro file '{path}' failed: {exception.Message}", exception);
        }
    }
}
