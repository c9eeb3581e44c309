using System.Text;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// CSV file input: reads a delimited file with an optional header, enclosed values (a doubled enclosure
/// is a literal one) and typed fields, and optionally adds the file name and the row number.
/// </summary>
[Transform("CSVInput")]
public sealed class CsvInputTransform : TransformBase
{
    private List<FieldDefinition> fields = [];
    private RowMeta outputMeta = RowMeta.Empty;
    private string? fileNameField;
    private string? rowNumberField;

    public override void Init()
    {
        fields = FieldDefinition.ReadAll(Meta.Element.Element("fields")).ToList();
        var metas = fields.Select(f => f.Meta).ToList();
        fileNameField = Meta.Element.Flag("include_filename") ? Meta.Element.Tag("filename_field") : null;
        rowNumberField = Meta.Element.Tag("rownum_field") is { Length: > 0 } r ? r : null;
        if (!string.IsNullOrEmpty(fileNameField))
        {
            metas.Add(new ValueMeta(fileNameField, HopValueType.String));
        }

        if (rowNumberField is not null)
        {
            metas.Add(new ValueMeta(rowNumberField, HopValueType.Integer));
        }

        outputMeta = new RowMeta(metas);
        OutputRowMeta = outputMeta;
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var path = HopPaths.ToLocalPath(Resolve(Meta.Element.Tag("filename")));
        if (string.IsNullOrEmpty(path))
        {
            throw Failure("no file name is set.");
        }

        if (!File.Exists(path))
        {
            throw Failure($"the file '{path}' does not exist.");
        }

        var separator = Resolve(Meta.Element.Tag("separator") ?? ",");
        if (separator.Equals("\\t", StringComparison.Ordinal) || separator.Equals("$[09]", StringComparison.Ordinal))
        {
            separator = "\t";
        }

        var enclosure = Resolve(Meta.Element.Tag("enclosure"));
        var header = Meta.Element.Flag("header", true);
        var encodingName = Resolve(Meta.Element.Tag("encoding"));
        var encoding = string.IsNullOrEmpty(encodingName) ? Encoding.UTF8 : Encoding.GetEncoding(encodingName);
        if (Meta.Element.Flag("add_filename_result"))
        {
            Pipeline.AddResultFile(path, Name);
        }

        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        var parser = new DelimitedLineReader(reader, separator, enclosure.Length > 0 ? enclosure[0] : null);
        long lineNumber = 0;
        long rowNumber = 0;
        while (await parser.ReadAsync(cancellationToken) is { } values)
        {
            lineNumber++;
            if (header && lineNumber == 1)
            {
                continue;
            }

            if (values.Count == 1 && values[0].Length == 0)
            {
                continue;
            }

            rowNumber++;
            IncrementLinesInput();
            var row = new object?[outputMeta.Count];
            for (var i = 0; i < fields.Count; i++)
            {
                var text = i < values.Count ? values[i] : null;
                try
                {
                    row[i] = ValueConverter.FromString(fields[i].Meta, text);
                }
                catch (HopException exception)
                {
                    throw Failure($"line {lineNumber} of '{path}': {exception.Message}", exception);
                }
            }

            var index = fields.Count;
            if (!string.IsNullOrEmpty(fileNameField))
            {
                row[index++] = Path.GetFullPath(path);
            }

            if (rowNumberField is not null)
            {
                row[index] = rowNumber;
            }

            await PutRowAsync(outputMeta, row, cancellationToken);
        }
    }
}
