using System.Diagnostics;
using System.Globalization;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Executors;

/// <summary>What one child run produced, for the execution result row.</summary>
public sealed record ChildRun(HopResult Result, string LogChannelId);

/// <summary>
/// Shared loop of the Pipeline executor and Workflow executor transforms: collects input rows into groups
/// (by size, by a field's value, or by elapsed time), runs the child file once per group with the group as
/// its result rows, and writes execution results, result rows and result files to their target transforms.
/// A failing child does not stop the parent: its result is reported in the execution result row.
/// </summary>
public abstract class ExecutorTransformBase : TransformBase
{
    private readonly List<ResultRow> group = [];
    private readonly ExecutionResultFields resultFields = new();
    private string filename = string.Empty;
    private string filenameField = string.Empty;
    private bool filenameInField;
    private int groupSize;
    private string groupFieldName = string.Empty;
    private int groupFieldIndex = -1;
    private long groupTime;
    private long groupStarted;
    private object? previousGroupValue;
    private string? currentPath;
    private string? executorsOutput;
    private string? resultRowsTarget;
    private string? resultFilesTarget;
    private string resultFilesField = "FileName";
    private long waitTimeoutMillis;

    protected IReadOnlyList<ExecutorParameter> Parameters { get; private set; } = [];

    protected bool InheritAllVariables { get; private set; } = true;

    /// <summary>Group size when none of size, field and time is set: -1 means one run for all rows.</summary>
    protected virtual int DefaultGroupSize => -1;

    /// <summary>
    /// Whether the execution result row starts with the fields of the group's first input row. Hop's
    /// Workflow executor keeps them, but its Pipeline executor sends the execution result fields alone.
    /// </summary>
    protected virtual bool ExecutionResultKeepsInputFields => false;

    /// <summary>XML element of one parameter mapping inside <c>parameters</c>.</summary>
    protected virtual string ParameterMappingTag => "variable_mapping";

    public override void Init()
    {
        var element = Meta.Element;
        filename = element.TagOrEmpty("filename");
        filenameInField = element.Flag("filenameInField");
        filenameField = element.TagOrEmpty("filenameField");
        groupSize = ParseInt(Resolve(element.Tag("group_size")), -1);
        groupFieldName = Resolve(element.Tag("group_field"));
        groupTime = ParseInt(Resolve(element.Tag("group_time")), -1);
        waitTimeoutMillis = Math.Max(0, ParseInt(Resolve(element.Tag("wait_timeout")), 0));
        if (groupSize < 0 && groupFieldName.Length == 0 && groupTime <= 0)
        {
            groupSize = DefaultGroupSize;
        }

        var parameters = element.Element("parameters");
        Parameters = ExecutorParameter.ReadAll(parameters, ParameterMappingTag);
        InheritAllVariables = (parameters?.Element("inherit_all_vars") ?? element.Element("inherit_all_vars")) is not { } inherit
            || inherit.Value.Equals("Y", StringComparison.OrdinalIgnoreCase);
        resultFields.Read(element);
        executorsOutput = Target(element, "executors_output_transform");
        resultRowsTarget = Target(element, "result_rows_target_transform");
        resultFilesTarget = Target(element, "result_files_target_transform");
        resultFilesField = element.Tag("result_files_file_name_field") is { Length: > 0 } field ? field : "FileName";
        if (!filenameInField && filename.Length == 0)
        {
            throw Failure("no file name is set to run.");
        }
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        groupStarted = Stopwatch.GetTimestamp();
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            var meta = InputRowMeta!;
            if (filenameInField)
            {
                var index = meta.RequireIndex(filenameField, Name);
                var path = ValueConverter.ToText(meta[index], row[index]) ?? string.Empty;
                // Only a partial size group is run before switching files, as in Hop; field and time groups carry on.
                if (currentPath is not null && path != currentPath && groupSize > 0)
                {
                    await ExecuteGroupAsync(cancellationToken);
                }

                currentPath = path;
            }

            if (executorsOutput is not null)
            {
                await PutRowToAsync(executorsOutput, meta, row, cancellationToken);
            }

            if (groupSize < 0)
            {
                await GroupByFieldOrTimeAsync(meta, row, cancellationToken);
            }

            group.Add(new ResultRow(meta, row));
            if (groupSize > 0 && group.Count >= groupSize)
            {
                await ExecuteGroupAsync(cancellationToken);
            }
        }

        await ExecuteGroupAsync(cancellationToken);
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => null;

    /// <summary>Runs the child file once with the given rows as its previous result.</summary>
    protected abstract Task<ChildRun> RunChildAsync(
        string path, IReadOnlyList<ResultRow> rows, CancellationToken cancellationToken);

    /// <summary>Writes the child's result rows to the result rows target transform.</summary>
    protected virtual async Task WriteResultRowsAsync(
        string target, IReadOnlyList<ResultRow> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            await PutRowToAsync(target, row.Meta, row.Values, cancellationToken);
        }
    }

    /// <summary>
    /// Loads the child file at <paramref name="path"/> with <paramref name="load"/> once per transform copy,
    /// keeping it in <paramref name="loaded"/>, and reports a load error as a failure of this transform.
    /// </summary>
    protected TMeta LoadChild<TMeta>(Dictionary<string, TMeta> loaded, string path, Func<string, TMeta> load)
    {
        if (loaded.TryGetValue(path, out var meta))
        {
            return meta;
        }

        try
        {
            meta = load(path);
        }
        catch (HopException exception)
        {
            throw Failure(exception.Message, exception);
        }

        loaded[path] = meta;
        return meta;
    }

    private async Task GroupByFieldOrTimeAsync(RowMeta meta, object?[] row, CancellationToken cancellationToken)
    {
        if (groupFieldName.Length > 0)
        {
            groupFieldIndex = groupFieldIndex >= 0 ? groupFieldIndex : meta.RequireIndex(groupFieldName, Name);
            var value = row[groupFieldIndex];
            var fieldMeta = meta[groupFieldIndex];
            if (previousGroupValue is not null && ValueCompare.Compare(fieldMeta, previousGroupValue, fieldMeta, value) != 0)
            {
                await ExecuteGroupAsync(cancellationToken);
            }

            previousGroupValue = value;
        }
        else if (groupTime > 0 && Stopwatch.GetElapsedTime(groupStarted).TotalMilliseconds >= groupTime)
        {
            await ExecuteGroupAsync(cancellationToken);
        }
    }

    private async Task ExecuteGroupAsync(CancellationToken cancellationToken)
    {
        if (group.Count == 0)
        {
            return;
        }

        groupStarted = Stopwatch.GetTimestamp();
        var rows = group.ToList();
        group.Clear();
        var path = Execution.HopPaths.ToLocalPath(Resolve(filenameInField ? currentPath : filename));
        if (string.IsNullOrEmpty(path))
        {
            throw Failure("the file name to run is empty.");
        }

        var run = await RunWithTimeoutAsync(path, rows, cancellationToken);
        if (resultFields.Target is { } resultTarget)
        {
            var elapsed = (long)Stopwatch.GetElapsedTime(groupStarted).TotalMilliseconds;
            if (ExecutionResultKeepsInputFields)
            {
                var first = rows[0];
                var meta = resultFields.MetaAfter(first.Meta);
                var leading = new object?[first.Meta.Count];
                Array.Copy(first.Values, leading, Math.Min(leading.Length, first.Values.Length));
                await PutRowToAsync(resultTarget, meta, resultFields.Row(run, elapsed, leading), cancellationToken);
            }
            else
            {
                await PutRowToAsync(resultTarget, resultFields.Meta, resultFields.Row(run, elapsed), cancellationToken);
            }
        }

        if (resultRowsTarget is not null)
        {
            await WriteResultRowsAsync(resultRowsTarget, run.Result.Rows, cancellationToken);
        }

        if (resultFilesTarget is not null)
        {
            var fileMeta = new RowMeta([new ValueMeta(resultFilesField, HopValueType.String)]);
            foreach (var file in run.Result.ResultFiles.Values)
            {
                await PutRowToAsync(resultFilesTarget, fileMeta, [new Uri(file.Path).AbsoluteUri], cancellationToken);
            }
        }
    }

    /// <summary>
    /// Runs the child, stopping it once the wait timeout (milliseconds, 0 = none) has passed; a stopped child
    /// counts as failed with at least one error.
    /// </summary>
    private async Task<ChildRun> RunWithTimeoutAsync(string path, List<ResultRow> rows, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (waitTimeoutMillis > 0)
        {
            timeout.CancelAfter(TimeSpan.FromMilliseconds(waitTimeoutMillis));
        }

        var run = await RunChildAsync(path, rows, timeout.Token);
        cancellationToken.ThrowIfCancellationRequested();
        if (timeout.IsCancellationRequested)
        {
            Log.Error(Name, $"Maximum wait time of {waitTimeoutMillis} ms reached, stopping '{path}'.");
            run.Result.Result = false;
            run.Result.NrErrors = Math.Max(1, run.Result.NrErrors);
        }

        return run;
    }

    private string? Target(System.Xml.Linq.XElement element, string tag)
    {
        var name = element.Tag(tag);
        return string.IsNullOrEmpty(name) ? null : name;
    }

    private static int ParseInt(string? text, int fallback) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;
}
