using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Interop;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Workflows.Actions.Eval;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// JavaScript evaluation: runs the script with the previous result's counters, the previous result, the
/// parent workflow and a log in scope, and the last expression's truth value is the result. The objects
/// answer to the Java method names that Hop scripts call, and strings get Java's <c>contains</c> and
/// <c>equals</c>. A script error fails the action with one error.
/// </summary>
[Action("EVAL")]
public sealed class EvalAction : ActionBase
{
    /// <summary>Java String methods that Hop scripts call on strings returned by Hop objects.</summary>
    private const string JavaStringMethods = """
        String.prototype.contains = function (s) { return this.indexOf(String(s)) >= 0; };
        String.prototype.equals = function (s) { return this.valueOf() === String(s); };
        String.prototype.equalsIgnoreCase = function (s) { return this.toLowerCase() === String(s).toLowerCase(); };
        String.prototype.isEmpty = function () { return this.length === 0; };
        """;

    public override bool ResetErrorsBeforeExecution => false;

    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var script = Setting("script");
        var engine = CreateEngine(previous, cancellationToken);
        try
        {
            engine.Execute(JavaStringMethods);
            var value = engine.Evaluate(script);
            previous.Result = TypeConverter.ToBoolean(value);
            previous.NrErrors = 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Any failure of the user's script (syntax, runtime, host call) is the action's failure.
            Log.Error(Name, $"The script could not be evaluated: {exception.Message}");
            previous.Failed();
        }

        return Task.FromResult(previous);
    }

    private Jint.Engine CreateEngine(HopResult previous, CancellationToken cancellationToken)
    {
        var engine = new Jint.Engine(options =>
        {
            options.Interop.TypeResolver = new TypeResolver { MemberNameComparer = StringComparer.OrdinalIgnoreCase };
            options.CancellationToken(cancellationToken);
        });
        var channel = new ScriptLogChannel(Log, Name, Variables);
        var encr = new ScriptEncr(Workflow.Variables);
        var system = new ScriptSystem(Workflow);
        var java = new { lang = new { System = system } };
        var org = new { apache = new { hop = new { core = new { encryption = new { Encr = encr } } } } };

        engine.SetValue("errors", previous.NrErrors);
        engine.SetValue("lines_input", previous.NrLinesInput);
        engine.SetValue("lines_output", previous.NrLinesOutput);
        engine.SetValue("lines_updated", previous.NrLinesUpdated);
        engine.SetValue("lines_rejected", previous.NrLinesRejected);
        engine.SetValue("lines_read", previous.NrLinesRead);
        engine.SetValue("lines_written", previous.NrLinesWritten);
        engine.SetValue("files_retrieved", previous.NrFilesRetrieved);
        engine.SetValue("exit_status", previous.ExitStatus);
        engine.SetValue("nr", previous.EntryNr);
        engine.SetValue("is_windows", OperatingSystem.IsWindows());
        engine.SetValue("rows", previous.Rows.Select(r => new ScriptRow(r)).ToArray());
        engine.SetValue("previous_result", new ScriptPreviousResult(previous));
        engine.SetValue("parent_workflow", new ScriptWorkflow(Workflow));
        engine.SetValue("parent_job", new ScriptWorkflow(Workflow));
        engine.SetValue("log", channel);
        engine.SetValue("action", channel);
        engine.SetValue("_action_", channel);
        engine.SetValue("_entry_", channel);
        engine.SetValue("java", java);
        engine.SetValue("org", org);
        engine.SetValue("Packages", new { java, org });
        return engine;
    }
}
