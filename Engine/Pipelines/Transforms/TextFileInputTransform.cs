using System.Globalization;
using Orleans.AsyncHop.Engine.Pipelines.Files;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Text file input: reads delimited (CSV) or fixed-width files named in the settings or in a field of the
/// incoming rows, skipping header, footer and empty lines, and converts each value with its field's
/// type, format, trimming and null handling. An enclosed empty value stays an empty string while an
/// empty value without enclosure is null, as in Hop.
/// </summary>
[Transform("TextFileInput2")]
[Transform("TextFileInput")]
public sealed partial class TextFileInputTransform : TransformBase
{
    private TextFileInputSettings settings = null!;
    private RowMeta outputMeta = RowMeta.Empty;
    private object?[]? previousValues;
    private long rowsWritten;
    private long limit;

    public override void Init()
    {
        settings = TextFileInputSettings.Read(Meta.Element);
        if (!settings.AcceptFileNames)
        {
            outputMeta = settings.BuildOutputMeta(null);
            OutputRowMeta = outputMeta;
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        settings.BuildOutputMeta(settings.PassThroughFields ? inputMeta : null);

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var limitText = Resolve(settings.Limit);
        if (!long.TryParse(limitText, NumberStyles.Integer, CultureInfo.InvariantCulture, out limit))
        {
            throw Failure($"the row limit '{limitText}' is not an integer.");
        }

        if (settings.AcceptFileNames)
        {
            await ReadFilesFromInputAsync(cancellationToken);
            return;
        }

        var paths = ExpandInputFiles(settings.Files);
        if (paths.Count == 0)
        {
            throw Failure("no input file was found: "
                + string.Join(", ", settings.Files.Select(f => Resolve(f.Name) + (f.Mask.Length > 0 ? " (" + Resolve(f.Mask) + ")" : string.Empty)))
                + ".");
        }

        foreach (var path in paths)
        {
            if (!await ReadFileAsync(path, null, null, cancellationToken))
            {
                return;
            }
        }
    }

    private async Task ReadFilesFromInputAsync(CancellationToken cancellationToken)
    {
        var fieldName = Resolve(settings.AcceptField);
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            var inputMeta = InputRowMeta!;
            var index = inputMeta.IndexOf(fieldName);
            if (index < 0)
            {
                throw Failure($"the file name field '{fieldName}' is not in the input rows ({inputMeta}).");
            }

            outputMeta = settings.BuildOutputMeta(settings.PassThroughFields ? inputMeta : null);
            var path = ValueConverter.ToText(inputMeta[index], row[index]);
            if (string.IsNullOrEmpty(path))
            {
                continue;
            }

            var zipEntry = ZipEntryPath.TryParse(path);
            var localPath = zipEntry?.ToString() ?? Path.GetFullPath(Execution.HopPaths.ToLocalPath(path));
            if (zipEntry is null ? !File.Exists(localPath) : !zipEntry.Exists())
            {
                if (settings.SkipBadFiles || settings.ErrorIgnored)
                {
                    Log.Basic(Name, $"Skipping the missing file '{localPath}'.");
                    continue;
                }

                throw Failure($"the file '{localPath}' named in field '{fieldName}' does not exist.");
            }

            var passThrough = settings.PassThroughFields ? row : null;
            if (!await ReadFileAsync(localPath, passThrough, inputMeta, cancellationToken))
            {
                return;
            }
        }
    }

    /// <summary>Reads one file; returns false when the row limit is reached.</summary>
    private async Task<bool> ReadFileAsync(string path, object?[]? passThrough, RowMeta? passThroughMeta, CancellationToken cancellationToken)
    {
        if (settings.AddToResult)
        {
            Pipeline.AddResultFile(path, Name);
        }

        var splitter = new TextLineSplitter(ResolveSeparator(), Resolve(settings.Enclosure), Resolve(settings.Escape));
        using var reader = TextFileOpener.Open(path, Resolve(settings.Encoding), settings.Compression);
        var footer = new Queue<(string Text, long LineNumber)>();
        long lineNumber = 0;
        long rowNumberInFile = 0;
        var headerLeft = settings.HeaderLines;
        while (await ReadLogicalLineAsync(reader, splitter, cancellationToken) is { } logical)
        {
            lineNumber += logical.PhysicalLines;

            // Hop drops empty lines as it reads them, so they count neither as header nor as footer lines.
            if (settings.SkipEmptyLines && logical.Text.Length == 0)
            {
                continue;
            }

            if (headerLeft > 0)
            {
                headerLeft--;
                continue;
            }

            footer.Enqueue((logical.Text, lineNumber));
            if (footer.Count <= settings.FooterLines)
            {
                continue;
            }

            var (text, number) = footer.Dequeue();
            rowNumberInFile++;
            var rowNumber = settings.RowNumberPerFile ? rowNumberInFile : rowsWritten + 1;
            var values = settings.Fixed ? SplitFixed(text) : splitter.Split(text);
            if (!await EmitLineAsync(values, path, number, rowNumber, passThrough, passThroughMeta, cancellationToken))
            {
                rowNumberInFile--;
                continue;
            }

            if (limit > 0 && rowsWritten >= limit)
            {
                return false;
            }
        }

        return true;
    }

    private string ResolveSeparator()
    {
        var separator = Resolve(settings.Separator);
        return separator switch
        {
            "\\t" or "$[09]" or "TAB" => "\t",
            _ => separator,
        };
    }

    private async Task<(string Text, int PhysicalLines)?> ReadLogicalLineAsync(
        TextReader reader, TextLineSplitter splitter, CancellationToken cancellationToken)
    {
        var line = await reader.ReadLineAsync(cancellationToken);
        if (line is null)
        {
            return null;
        }

        var lines = 1;
        if (!settings.Fixed && settings.BreakInEnclosure)
        {
            while (splitter.EndsInsideEnclosure(line) && await reader.ReadLineAsync(cancellationToken) is { } next)
            {
                line += "\n" + next;
                lines++;
            }
        }

        return (line, lines);
    }

    private List<SplitValue> SplitFixed(string line)
    {
        var values = new List<SplitValue>();
        var position = 0;
        foreach (var field in settings.Fields)
        {
            var start = field.Position >= 0 ? field.Position : position;
            var length = field.Length >= 0 ? field.Length : line.Length - start;
            if (start >= line.Length)
            {
                values.Add(new SplitValue(string.Empty, false));
            }
            else
            {
                values.Add(new SplitValue(line.Substring(start, Math.Min(length, line.Length - start)), false));
            }

            position = start + Math.Max(0, length);
        }

        return values;
    }
}
