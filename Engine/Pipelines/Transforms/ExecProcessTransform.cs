using System.Diagnostics;
using System.Text;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Execute a process: runs the program named in a field of each row without a shell, and adds its standard
/// output, standard error and exit value to the row. Arguments come from other fields, or from splitting
/// the field's text the way Hop splits a command line. Lines of each stream are joined with the configured
/// delimiter. A process that cannot start gives its error text and exit value 1, as in Hop.
/// </summary>
[Transform("ExecProcess")]
public sealed class ExecProcessTransform : TransformBase
{
    private string processField = string.Empty;
    private string? outputField;
    private string? errorField;
    private string? exitValueField;
    private bool failWhenNotSuccess;
    private string lineDelimiter = string.Empty;
    private bool argumentsInFields;
    private List<string> argumentFields = [];
    private RowMeta? preparedFor;
    private RowMeta? output;
    private int processIndex;
    private int[] argumentIndexes = [];

    public override void Init()
    {
        var settings = Meta.Element;
        processField = settings.TagOrEmpty("processfield");
        outputField = NameOrNull(settings.Tag("resultfieldname"));
        errorField = NameOrNull(settings.Tag("errorfieldname"));
        exitValueField = NameOrNull(settings.Tag("exitvaluefieldname"));
        failWhenNotSuccess = settings.Flag("failwhennotsuccess");
        lineDelimiter = Resolve(settings.TagOrEmpty("outputlinedelimiter"));
        argumentsInFields = settings.Flag("argumentsInFields");
        argumentFields = settings.Element("argumentFields")?.Elements("argumentField")
            .Select(f => f.TagOrEmpty("argumentFieldName")).ToList() ?? [];
        if (processField.Length == 0)
        {
            throw Failure("no process field is set; name the field that contains the program to run.");
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => inputMeta is null ? null : Layout(inputMeta);

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (!ReferenceEquals(preparedFor, input))
        {
            Prepare(input);
        }

        try
        {
            var command = Command(input, row);
            var result = await RunProcessAsync(command, cancellationToken);
            if (failWhenNotSuccess && result.ExitValue != 0)
            {
                // Hop's message is the error output alone; without any output it names the program and exit code.
                var text = result.Error.Length > 0 ? result.Error : result.Output;
                throw new HopException(text.Trim().Length > 0
                    ? text
                    : $"the process '{string.Join(' ', command)}' exited with code {result.ExitValue} and wrote no output.");
            }

            var extended = RowMeta.Resize(row, output!.Count);
            var index = input.Count;
            foreach (var (field, value) in new (string?, object)[] { (outputField, result.Output), (errorField, result.Error), (exitValueField, result.ExitValue) })
            {
                if (field is not null)
                {
                    extended[index++] = value;
                }
            }

            await PutRowAsync(output, extended, cancellationToken);
        }
        catch (HopException exception)
        {
            await PutErrorAsync(input, row, 1, exception.Message, outputField ?? string.Empty, "ExecProcess001", cancellationToken);
        }
    }

    /// <summary>Splits a command line on white space, keeping quoted parts together when the quotes balance.</summary>
    public static List<string> Tokenize(string commandLine)
    {
        var respectQuotes = HasBalancedQuotes(commandLine);
        var tokens = new List<string>();
        var token = new StringBuilder();
        var inToken = false;
        var quote = '\0';
        foreach (var c in commandLine)
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    token.Append(c);
                }
            }
            else if (respectQuotes && c is '\'' or '"')
            {
                quote = c;
                inToken = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inToken)
                {
                    tokens.Add(token.ToString());
                    token.Clear();
                    inToken = false;
                }
            }
            else
            {
                token.Append(c);
                inToken = true;
            }
        }

        if (inToken)
        {
            tokens.Add(token.ToString());
        }

        return tokens;
    }

    private static bool HasBalancedQuotes(string commandLine)
    {
        var quote = '\0';
        foreach (var c in commandLine)
        {
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
        }

        return quote == '\0';
    }

    private string? NameOrNull(string? name) => string.IsNullOrEmpty(Resolve(name)) ? null : Resolve(name);

    private RowMeta Layout(RowMeta input)
    {
        var added = new List<ValueMeta>();
        if (outputField is not null)
        {
            added.Add(new ValueMeta(outputField, HopValueType.String) { Length = 100 });
        }

        if (errorField is not null)
        {
            added.Add(new ValueMeta(errorField, HopValueType.String) { Length = 100 });
        }

        if (exitValueField is not null)
        {
            added.Add(new ValueMeta(exitValueField, HopValueType.Integer) { Length = 15, Precision = 0 });
        }

        return input.Add([.. added]);
    }

    private void Prepare(RowMeta input)
    {
        output = Layout(input);
        processIndex = input.RequireIndex(processField, Name);
        argumentIndexes = argumentsInFields ? argumentFields.Select(f => input.RequireIndex(f, Name)).ToArray() : [];
        preparedFor = input;
    }

    private List<string> Command(RowMeta input, object?[] row)
    {
        var process = ValueConverter.ToText(input[processIndex], row[processIndex]);
        if (string.IsNullOrEmpty(process))
        {
            throw new HopException($"row {LinesRead}: the process to execute (field '{processField}') is empty.");
        }

        if (!argumentsInFields)
        {
            var tokens = Tokenize(process);
            if (tokens.Count == 0)
            {
                throw new HopException($"row {LinesRead}: the process to execute (field '{processField}') is empty.");
            }

            return tokens;
        }

        var command = new List<string> { process };
        command.AddRange(argumentIndexes.Select(i => ValueConverter.ToText(input[i], row[i]) ?? string.Empty));
        return command;
    }

    private async Task<(string Output, string Error, long ExitValue)> RunProcessAsync(List<string> command, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return (string.Empty, $"Cannot run program \"{command[0]}\": {exception.Message}", 1);
        }

        if (process is null)
        {
            return (string.Empty, $"Cannot run program \"{command[0]}\".", 1);
        }

        using (process)
        {
            try
            {
                var standardOutput = ReadLinesAsync(process.StandardOutput, cancellationToken);
                var standardError = ReadLinesAsync(process.StandardError, cancellationToken);
                await process.WaitForExitAsync(cancellationToken);
                return (await standardOutput, await standardError, process.ExitCode);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
        }
    }

    private async Task<string> ReadLinesAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (text.Length > 0)
            {
                text.Append(lineDelimiter);
            }

            text.Append(line);
        }

        return text.ToString();
    }
}
