using System.Globalization;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Pipelines.Files;
using Orleans.AsyncHop.Engine.Pipelines.Files.Metadata;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// File metadata: sniffs a delimited text file, named in the settings or in a field of each input row.
/// It writes one row per column. Each row has the file's charset, delimiter, enclosure, field count, header
/// and footer line counts and header flag, then the column's name, type, length, precision, mask and
/// symbols. A file that does not exist gives one row with only the input fields set.
/// </summary>
[Transform("FileMetadataPlugin")]
public sealed class FileMetadataTransform : TransformBase
{
    private static readonly ValueMeta[] Fields =
    [
        new("charset", HopValueType.String),
        new("delimiter", HopValueType.String),
        new("enclosure", HopValueType.String),
        new("field_count", HopValueType.Integer),
        new("skip_header_lines", HopValueType.Integer),
        new("skip_footer_lines", HopValueType.Integer),
        new("header_line_present", HopValueType.Boolean),
        new("name", HopValueType.String),
        new("type", HopValueType.String),
        new("length", HopValueType.Integer),
        new("precision", HopValueType.Integer),
        new("mask", HopValueType.String),
        new("decimal_symbol", HopValueType.String),
        new("grouping_symbol", HopValueType.String),
    ];

    private List<char> delimiters = [];
    private List<char> enclosures = [];
    private long limitRows;
    private string defaultCharset = "ISO-8859-1";

    public override void Init()
    {
        delimiters = Candidates("delimiterCandidate", "delimiter");
        enclosures = Candidates("enclosureCandidate", "enclosure");
        var limit = Resolve(Meta.Element.Tag("limitRows")).Trim();
        if (limit.Length > 0 && !long.TryParse(limit, NumberStyles.Integer, CultureInfo.InvariantCulture, out limitRows))
        {
            throw Failure($"the row limit '{limit}' is not an integer.");
        }

        defaultCharset = Resolve(Meta.Element.Tag("defaultCharset")) is { Length: > 0 } charset ? charset : "ISO-8859-1";
        if (!HasMainInput)
        {
            OutputRowMeta = new RowMeta(Fields);
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        HasMainInput && inputMeta is null ? null : new RowMeta((inputMeta?.Fields ?? []).Concat(Fields));

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!HasMainInput)
        {
            await DescribeFileAsync(Resolve(Meta.Element.Tag("fileName")), OutputRowMeta!, [], cancellationToken);
            return;
        }

        var fromField = Meta.Element.Flag("filenameInField");
        var fieldName = Resolve(Meta.Element.Tag("fileNameField"));
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            var inputMeta = InputRowMeta!;
            var fileName = Resolve(Meta.Element.Tag("fileName"));
            if (fromField)
            {
                var index = inputMeta.IndexOf(fieldName);
                if (index < 0)
                {
                    throw Failure($"the file name field '{fieldName}' is not in the input rows ({inputMeta}).");
                }

                fileName = Resolve(ValueConverter.ToText(inputMeta[index], row[index]));
            }

            await DescribeFileAsync(fileName, new RowMeta(inputMeta.Fields.Concat(Fields)), row, cancellationToken);
        }
    }

    private async Task DescribeFileAsync(string fileName, RowMeta meta, object?[] inputRow, CancellationToken cancellationToken)
    {
        var path = HopPaths.ToLocalPath(fileName);
        var row = RowMeta.Resize(inputRow, meta.Count);
        if (string.IsNullOrEmpty(fileName) || !File.Exists(path))
        {
            await PutRowAsync(meta, row, cancellationToken);
            return;
        }

        // Hop reads about 500 bytes per row for the charset guess.
        var (charsetName, encoding) = CharsetSniffer.Detect(path, limitRows * 500, defaultCharset);
        DelimiterDetection detection;
        using (var reader = new StreamReader(path, encoding))
        {
            detection = DelimiterDetector.Detect(reader, delimiters, enclosures, limitRows)
                ?? throw Failure($"could not determine a consistent format for the file '{path}'.");
        }

        var index = inputRow.Length;
        row[index++] = charsetName;
        row[index++] = detection.Delimiter.ToString();
        row[index++] = detection.Enclosure?.ToString() ?? string.Empty;
        row[index++] = detection.DataLineFrequency + 1;
        row[index++] = detection.BadHeaders;
        row[index++] = detection.BadFooters;
        var columns = ColumnGuesser.Guess(path, encoding, detection);
        row[index++] = columns.HasHeader;
        foreach (var column in columns.Columns)
        {
            var columnRow = (object?[])row.Clone();
            var at = index;
            columnRow[at++] = column.Name;
            columnRow[at++] = HopValueTypes.Name(column.Type.Type);
            columnRow[at++] = column.Type.Length >= 0 ? (long)column.Type.Length : null;
            columnRow[at++] = column.Type.Precision >= 0 ? (long)column.Type.Precision : null;
            columnRow[at++] = column.Type.Mask;
            columnRow[at++] = column.Type.DecimalSymbol;
            columnRow[at] = column.Type.GroupingSymbol;
            await PutRowAsync(meta, columnRow, cancellationToken);
        }
    }

    private List<char> Candidates(string element, string kind)
    {
        var result = new List<char>();
        foreach (var candidate in Meta.Element.Elements(element).Select(e => Resolve(e.Element("candidate")?.Value)))
        {
            if (candidate.Length != 1)
            {
                Log.Basic(LogSubject, $"Warning: the {kind} candidate '{candidate}' is ignored because it is not one character.");
                continue;
            }

            result.Add(candidate[0]);
        }

        return result;
    }
}
