using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Pipelines.Executors;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Variables;
using Orleans.AsyncHop.Engine.Workflows;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Workflow executor: runs a child workflow per group of input rows (one row when no grouping is set).
/// The group becomes the workflow's starting result rows; parameters come from the first row of the group;
/// result rows are copied field by field into the declared result row layout.
/// </summary>
[Transform("WorkflowExecutor")]
public sealed class WorkflowExecutorTransform : ExecutorTransformBase
{
    private readonly Dictionary<string, WorkflowMeta> loaded = new(StringComparer.Ordinal);
    private RowMeta resultRowsMeta = RowMeta.Empty;

    protected override int DefaultGroupSize => 1;

    protected override bool ExecutionResultKeepsInputFields => true;

    protected override string ParameterMappingTag => "variablemapping";

    public override void Init()
    {
        base.Init();
        resultRowsMeta = new RowMeta(Meta.Element.Elements("result_rows_field")
            .Where(f => f.TagOrEmpty("name").Length > 0)
            .Select(f => new ValueMeta(f.TagOrEmpty("name"), HopValueTypes.Parse(f.Tag("type")))
            {
                Length = f.Int("length", -1),
                Precision = f.Int("precision", -1),
            }));
    }

    protected override async Task<ChildRun> RunChildAsync(
        string path, IReadOnlyList<ResultRow> rows, CancellationToken cancellationToken)
    {
        var meta = LoadChild(loaded, path, WorkflowMeta.Load);
        var first = rows[0];
        foreach (var parameter in Parameters.Where(p => p.Field.Length > 0))
        {
            first.Meta.RequireIndex(Resolve(parameter.Field), Name);
        }

        var values = ExecutorParameter.Resolve(Parameters, first.Meta, first.Values, Variables, InheritAllVariables);
        var variables = new VariableSpace(Variables);
        var parameterValues = ExecutorParameter.SplitDeclared(values, meta.Parameters, variables);
        var child = new WorkflowExecution(meta, Pipeline.Context, Pipeline, parameterValues, variables: variables)
        {
            PreviousResult = new HopResult { Result = true, Rows = [.. rows] },
        };
        var result = await child.RunAsync(cancellationToken);
        return new ChildRun(result, child.LogChannelId);
    }

    protected override async Task WriteResultRowsAsync(
        string target, IReadOnlyList<ResultRow> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            for (var i = 0; i < resultRowsMeta.Count; i++)
            {
                if (row.Meta.IndexOf(resultRowsMeta[i].Name) < 0)
                {
                    throw Failure($"the result row of the workflow has no field '{resultRowsMeta[i].Name}' ({row.Meta}).");
                }

                if (i < row.Meta.Count && row.Meta[i].Type != resultRowsMeta[i].Type)
                {
                    var actual = HopValueTypes.Name(row.Meta[i].Type);
                    var expected = HopValueTypes.Name(resultRowsMeta[i].Type);
                    throw Failure($"result row field {i + 1} is {actual}, but {expected} is expected.");
                }
            }

            var values = new object?[resultRowsMeta.Count];
            Array.Copy(row.Values, values, Math.Min(values.Length, row.Values.Length));
            await PutRowToAsync(target, resultRowsMeta, values, cancellationToken);
        }
    }
}
