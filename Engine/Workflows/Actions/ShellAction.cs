using System.Diagnostics;
using System.Globalization;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Variables;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Shell: runs a script file, or the inline script (variables resolved, written to a temporary file),
/// with the listed arguments or the fields of the result rows as arguments, once or once per row. Every
/// variable is passed as an environment variable. Output lines go to the log (stderr as errors); the
/// exit status goes to the result and a non-zero status is an error.
/// </summary>
[Action("SHELL")]
public sealed class ShellAction : ActionBase
{
    public override async Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var arguments = (Meta.Element.Element("arguments")?.Elements("argument") ?? [])
            .Select(a => Resolve(a.Value))
            .ToList();
        var fromPrevious = Meta.Element.Flag("arg_from_previous");
        var perRow = Meta.Element.Flag("exec_per_row");
        var logFile = LogFileName();
        if (logFile is { Length: 0 })
        {
            Log.Error(Name, "Logging to a file is on, but no log file name is set.");
            return previous.Failed();
        }

        var firstLogLine = Log.Read(long.MaxValue).LastLineNumber;
        previous.NrErrors = 0;
        if (!perRow)
        {
            var args = fromPrevious ? previous.Rows.SelectMany(RowTexts).ToList() : arguments;
            await RunOnceAsync(previous, args, cancellationToken);
        }
        else
        {
            foreach (var row in previous.Rows.ToList())
            {
                await RunOnceAsync(previous, fromPrevious ? RowTexts(row).ToList() : arguments, cancellationToken);
                if (previous.NrErrors > 0)
                {
                    break;
                }
            }
        }

        if (logFile is not null)
        {
            await WriteLogFileAsync(previous, logFile, firstLogLine, cancellationToken);
        }

        previous.Result = previous.NrErrors == 0;
        return previous;
    }

    /// <summary>
    /// Returns the log file of the "log to file" option: the name, "_yyyyMMdd" and "_HHmmss" when asked, and
    /// the extension. Returns null when the option is off and an empty string when no name is set.
    /// </summary>
    private string? LogFileName()
    {
        if (!Meta.Element.Flag("set_logfile"))
        {
            return null;
        }

        var name = Setting("logfile");
        if (string.IsNullOrWhiteSpace(Resolve(name)))
        {
            return string.Empty;
        }

        var now = DateTime.Now;
        if (Meta.Element.Flag("add_date"))
        {
            name += "_" + now.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        }

        if (Meta.Element.Flag("add_time"))
        {
            name += "_" + now.ToString("HHmmss", CultureInfo.InvariantCulture);
        }

        var extension = Setting("logext");
        return ResolvePath(extension.Length > 0 ? name + "." + extension : name);
    }

    /// <summary>Writes this action's log lines to the log file and adds the file to the result, as Hop does.</summary>
    private async Task WriteLogFileAsync(
        HopResult result,
        string path,
        long firstLogLine,
        CancellationToken cancellationToken)
    {
        var text = Log.Read(firstLogLine, line => line.Subject == Name).Text;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            if (Meta.Element.Flag("set_append_logfile"))
            {
                await File.AppendAllTextAsync(path, text, cancellationToken);
            }
            else
            {
                await File.WriteAllTextAsync(path, text, cancellationToken);
            }

            result.AddFile(path, Name, "log file");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.Error(Name, $"Cannot write the log file '{path}': {exception.Message}");
            result.NrErrors++;
        }
    }

    private async Task RunOnceAsync(HopResult result, List<string> arguments, CancellationToken cancellationToken)
    {
        string? temporary = null;
        try
        {
            string script;
            if (Meta.Element.Flag("insertScript"))
            {
                var extension = OperatingSystem.IsWindows() ? ".bat" : string.Empty;
                temporary = Path.Combine(Path.GetTempPath(), $"hop-shell-{Guid.NewGuid():N}{extension}");
                var text = Resolve(Setting("script"));
                if (!OperatingSystem.IsWindows())
                {
                    text = text.Replace("\r\n", "\n");
                }

                await File.WriteAllTextAsync(temporary, text, cancellationToken);
                if (!OperatingSystem.IsWindows())
                {
                    var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
                    File.SetUnixFileMode(temporary, mode);
                }
                script = temporary;
            }
            else
            {
                script = ResolvePath(Setting("filename"));
                if (!File.Exists(script))
                {
                    Log.Error(Name, $"The script file '{script}' does not exist.");
                    result.NrErrors = 1;
                    return;
                }
            }

            result.ExitStatus = await RunProcessAsync(script, arguments, cancellationToken);
            if (result.ExitStatus != 0)
            {
                Log.Error(Name, $"The script '{script}' ended with exit status {result.ExitStatus}.");
                result.NrErrors = 1;
            }
        }
        catch (Exception exception)
            when (exception is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            Log.Error(Name, $"Cannot run the script: {exception.Message}");
            result.NrErrors = 1;
        }
        finally
        {
            if (temporary is not null)
            {
                File.Delete(temporary);
            }
        }
    }

    private async Task<int> RunProcessAsync(string script, List<string> arguments, CancellationToken cancellationToken)
    {
        var start = ShellCommand.For(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in AllVariables(Variables))
        {
            start.Environment[name] = value ?? string.Empty;
        }

        var workDirectory = ResolvePath(Setting("work_directory"));
        if (!string.IsNullOrWhiteSpace(workDirectory))
        {
            start.WorkingDirectory = workDirectory;
        }

        Log.Basic(Name, $"Running {script} {string.Join(' ', arguments)}".TrimEnd());
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { Log.Basic(Name, "(stdout) " + e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Log.Error(Name, "(stderr) " + e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return process.ExitCode;
    }

    /// <summary>The action's variables with those of every enclosing scope, the nearest winning.</summary>
    private static Dictionary<string, string?> AllVariables(VariableSpace space)
    {
        var chain = new List<VariableSpace>();
        for (var current = space; current is not null; current = current.Parent)
        {
            chain.Add(current);
        }

        var all = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            foreach (var (name, value) in chain[i].Snapshot())
            {
                all[name] = value;
            }
        }

        return all;
    }

    private static IEnumerable<string> RowTexts(ResultRow row) =>
        Enumerable.Range(0, row.Values.Length).Select(i => ResultRowText.At(row, i));
}
