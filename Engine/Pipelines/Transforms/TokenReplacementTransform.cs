using System.Text;
using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Pipelines.Files;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.Text;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Token replacement: for each row, replaces tokens such as <c>${NAME}</c> in a text (fixed in the settings,
/// taken from a field, or read from a file) with the values of row fields, and writes the result to a new
/// field or to an output file. Field values have their variables resolved first, and a null value counts as
/// an empty string. File output ends each row's text with the chosen line terminator.
/// </summary>
[Transform("TokenReplacementPlugin")]
public sealed partial class TokenReplacementTransform : TransformBase
{
    private readonly List<(string Field, string Token)> tokenFields = [];
    private readonly OutputLayoutCache layouts;
    private string inputType = string.Empty;
    private string outputType = string.Empty;
    private string startMarker = string.Empty;
    private string endMarker = string.Empty;
    private string outputField = string.Empty;

    public TokenReplacementTransform() => layouts = new OutputLayoutCache(Prepare);

    private XElement Settings => Meta.Element;

    private bool OutputToField => outputType.Equals("field", StringComparison.OrdinalIgnoreCase);

    public override void Init()
    {
        inputType = Settings.TagOrEmpty("input_type");
        outputType = Settings.TagOrEmpty("output_type");
        startMarker = Resolve(Settings.Tag("token_start_string"));
        endMarker = Resolve(Settings.Tag("token_end_string"));
        outputField = Resolve(Settings.Tag("output_field_name"));
        foreach (var field in Settings.Element("fields")?.Elements("field") ?? [])
        {
            tokenFields.Add((field.TagOrEmpty("field_name"), field.TagOrEmpty("token_name")));
        }

        if (inputType is not ("text" or "field" or "file"))
        {
            throw Failure($"the input type '{inputType}' is not supported, so use text, field or file.");
        }

        if (!OutputToField && !outputType.Equals("file", StringComparison.OrdinalIgnoreCase))
        {
            throw Failure($"the output type '{outputType}' is not supported, so use field or file.");
        }

        if (startMarker.Length == 0 || endMarker.Length == 0)
        {
            throw Failure("the token start and end strings must not be empty.");
        }

        if (OutputToField && outputField.Length == 0)
        {
            throw Failure("no output field name is set.");
        }

        InitFileOutput();
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => layouts.Describe(inputMeta);

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        var layout = layouts.For(input);

        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, token) in tokenFields)
        {
            var index = input.IndexOf(field);
            if (index < 0)
            {
                throw Failure($"field '{field}' of token '{token}' is not found in the input row ({input}).");
            }

            tokens[token] = Resolve(ValueConverter.ToText(input[index], row[index]));
        }

        var (source, inputFile) = ReadSource(input, row);
        var replaced = TokenReplacer.Replace(source, startMarker, endMarker, tokens);
        if (OutputToField)
        {
            var output = RowMeta.Resize(row, layout.Count);
            output[^1] = replaced;
            await PutRowAsync(layout, output, cancellationToken);
            return;
        }

        WriteToFile(input, row, inputFile, replaced);
        await PutRowAsync(layout, row, cancellationToken);
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await base.RunAsync(cancellationToken);
        }
        finally
        {
            // Output files are closed after the last row, and also when a row fails or the run stops.
            CloseFiles();
        }
    }

    private (string Text, string? File) ReadSource(RowMeta input, object?[] row)
    {
        switch (inputType)
        {
            case "text":
                return (Settings.TagOrEmpty("input_text"), null);
            case "field":
                var fieldName = Settings.TagOrEmpty("input_field_name");
                var index = input.IndexOf(fieldName);
                if (index < 0)
                {
                    throw Failure($"input field '{fieldName}' is not found in the input row ({input}).");
                }

                return (ValueConverter.ToText(input[index], row[index]) ?? string.Empty, null);
            default:
                var path = InputFileName(input, row);
                if (!File.Exists(path))
                {
                    throw Failure($"input file '{path}' does not exist.");
                }

                if (Settings.Flag("add_input_filename_to_result"))
                {
                    Pipeline.AddResultFile(Path.GetFullPath(path), Name);
                }

                // Hop reads the input file with the output file encoding.
                var encoding = TextFileOpener.ResolveEncoding(Resolve(Settings.Tag("output_file_encoding")));
                return (File.ReadAllText(path, encoding), Path.GetFullPath(path));
        }
    }

    private string InputFileName(RowMeta input, object?[] row)
    {
        string name;
        if (Settings.Flag("input_filename_in_field"))
        {
            var fieldName = Resolve(Settings.Tag("input_filename_field"));
            var index = input.IndexOf(fieldName);
            if (index < 0)
            {
                throw Failure($"input file name field '{fieldName}' is not found in the input row ({input}).");
            }

            name = ValueConverter.ToText(input[index], row[index]) ?? string.Empty;
        }
        else
        {
            name = Resolve(Settings.Tag("input_filename"));
        }

        if (name.Length == 0)
        {
            throw Failure($"the input file name is empty in row {LinesRead}.");
        }

        return Execution.HopPaths.ToLocalPath(name);
    }

    private RowMeta Prepare(RowMeta input)
    {
        return OutputToField ? input.Add(new ValueMeta(outputField, HopValueType.String)) : input;
    }

    private static string Terminator(string format) => format switch
    {
        "DOS" => "\r\n",
        "UNIX" => "\n",
        "CR" => "\r",
        _ => string.Empty,
    };

    private static Encoding WithoutPreamble(Encoding encoding) =>
        encoding is UTF8Encoding ? new UTF8Encoding(false) : encoding;
}
