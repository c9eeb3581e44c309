using Orleans.AsyncHop.Engine.Pipelines;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Testing;

/// <summary>Data set input: writes every row of the data set named in <c>dataSetName</c>, with all its fields.</summary>
[Transform("DataSetInput")]
public sealed class DataSetInputTransform : TransformBase
{
    private string dataSetName = string.Empty;

    public override void Init() => dataSetName = Meta.Element.TagOrEmpty("dataSetName");

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var name = Resolve(dataSetName);
        if (name.Length == 0)
        {
            throw Failure("no data set name is set.");
        }

        DataSet dataSet;
        List<object?[]> rows;
        try
        {
            dataSet = DataSet.Load(Pipeline.Context.Project.Metadata, name);
            rows = dataSet.ReadAll(Variables);
        }
        catch (HopException exception)
        {
            throw Failure(exception.Message, exception);
        }

        OutputRowMeta = dataSet.Fields;
        foreach (var row in rows)
        {
            IncrementLinesInput();
            await PutRowAsync(dataSet.Fields, row, cancellationToken);
        }
    }
}
