using Jint;
using Jint.Native;
using Jint.Runtime;
using Orleans.AsyncHop.Engine.Pipelines.Scripting;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Modified JavaScript value: runs the start script once when the first row arrives, the transform script
/// for every row with each input field as a script variable, and the end script after the last row (only
/// when a row arrived, as in Hop). Script variables persist from row to row. The declared output fields
/// are read from the script after each row; <c>trans_Status</c> may skip a row, or end the transform.
/// </summary>
[Transform("ScriptValueMod")]
public sealed class ScriptValueModTransform : TransformBase
{
    private readonly List<(string Name, string Source)> startScripts = [];
    private readonly List<(string Name, string Source)> endScripts = [];
    private (string Name, string Source)? rowScript;
    private IReadOnlyList<ScriptField> fields = [];
    private Jint.Engine? engine;
    private Prepared<Acornima.Ast.Script>? preparedRowScript;
    private RowMeta? lastInput;
    private RowMeta? outputMeta;
    private int[] replaceIndexes = [];
    private long rowNumber;

    public override void Init()
    {
        foreach (var script in Meta.Element.Element("jsScripts")?.Elements("jsScript") ?? [])
        {
            var entry = (script.TagOrEmpty("jsScript_name"), script.TagOrEmpty("jsScript_script"));
            switch (script.Int("jsScript_type", -1))
            {
                case 0:
                    rowScript ??= entry;
                    break;
                case 1:
                    startScripts.Add(entry);
                    break;
                case 2:
                    endScripts.Add(entry);
                    break;
            }
        }

        fields = ScriptField.ReadAll(Meta.Element.Element("fields"));
        if (rowScript is null)
        {
            throw Failure("there is no transform script (a script of type 0).");
        }

        try
        {
            preparedRowScript = Jint.Engine.PrepareScript(rowScript.Value.Source, rowScript.Value.Name);
        }
        catch (Exception exception) when (exception is not HopException)
        {
            throw Failure($"script '{rowScript.Value.Name}' does not compile: {exception.Message}", exception);
        }
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            rowNumber++;
            if (engine is null)
            {
                StartEngine();
            }

            var status = RunRowScript(row, out var output);
            if (status == ScriptFunctions.ErrorTransformation)
            {
                throw Failure($"row {rowNumber}: the script set trans_Status to ERROR_TRANSFORMATION.");
            }

            if (status == ScriptFunctions.AbortTransformation)
            {
                break;
            }

            if (status == ScriptFunctions.ContinueTransformation && output is not null)
            {
                await PutRowAsync(outputMeta!, output, cancellationToken);
            }
        }

        if (engine is not null)
        {
            foreach (var script in endScripts)
            {
                Execute(script, "end");
            }
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => inputMeta is null ? null : BuildOutputMeta(inputMeta);

    private void StartEngine()
    {
        engine = new Jint.Engine(options => options.LimitRecursion(256));
        ScriptFunctions.Register(engine, new Scripting.ScriptHost(Variables, Pipeline, Log, Name));
        foreach (var script in startScripts)
        {
            Execute(script, "start");
        }
    }

    private int RunRowScript(object?[] row, out object?[]? output)
    {
        var meta = InputRowMeta!;
        if (!ReferenceEquals(meta, lastInput))
        {
            lastInput = meta;
            outputMeta = BuildOutputMeta(meta);
            replaceIndexes = fields.Select(f => f.Replace ? meta.RequireIndex(f.Meta.Name, Name) : -1).ToArray();
        }

        for (var i = 0; i < meta.Count; i++)
        {
            engine!.SetValue(meta[i].Name, JsConversions.ToJs(engine, meta[i], row[i]));
        }

        engine!.SetValue("trans_Status", ScriptFunctions.ContinueTransformation);
        try
        {
            engine.Execute(preparedRowScript!.Value);
        }
        catch (Exception exception) when (exception is JavaScriptException or JintException or HopException)
        {
            throw Failure($"row {rowNumber}: script '{rowScript!.Value.Name}' failed: {Describe(exception)}", exception);
        }

        var status = (int)TypeConverter.ToNumber(engine.GetValue("trans_Status"));
        output = status == ScriptFunctions.ContinueTransformation ? BuildRow(meta, row) : null;
        return status;
    }

    private object?[] BuildRow(RowMeta meta, object?[] row)
    {
        var appended = fields.Count(f => !f.Replace);
        var output = RowMeta.Resize(row, meta.Count + appended);
        var next = meta.Count;
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            object? value;
            try
            {
                value = JsConversions.FromJs(engine!.GetValue(field.Variable), field.Meta);
            }
            catch (Exception exception) when (exception is HopException or JavaScriptException or InvalidCastException)
            {
                var type = HopValueTypes.Name(field.Meta.Type);
                throw Failure(
                    $"row {rowNumber}: script variable '{field.Variable}' cannot be converted to {type}: {exception.Message}",
                    exception);
            }

            output[field.Replace ? replaceIndexes[i] : next++] = value;
        }

        return output;
    }

    private RowMeta BuildOutputMeta(RowMeta input)
    {
        var list = input.Fields.ToList();
        foreach (var field in fields)
        {
            if (field.Replace)
            {
                var index = input.RequireIndex(field.Meta.Name, Name);
                list[index] = field.Meta;
            }
            else
            {
                list.Add(field.Meta);
            }
        }

        return new RowMeta(list);
    }

    private void Execute((string Name, string Source) script, string kind)
    {
        try
        {
            engine!.Execute(script.Source, script.Name);
        }
        catch (Exception exception)
            when (exception is JavaScriptException or JintException or HopException or Acornima.ParseErrorException)
        {
            throw Failure($"{kind} script '{script.Name}' failed: {Describe(exception)}", exception);
        }
    }

    private static string Describe(Exception exception) => exception is JavaScriptException js
        ? $"{js.Message} (line {js.Location.Start.Line})"
        : exception.Message;
}
