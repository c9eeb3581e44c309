using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.DataStreams;

/// <summary>
/// Settings shared by the Data stream input and Data stream output transforms: the data stream metadata object
/// named in the <c>data-stream</c> element, loaded with its file name and batch size resolved.
/// </summary>
public abstract class DataStreamTransformBase : TransformBase
{
    protected DataStreamDefinition Definition { get; private set; } = null!;

    public override void Init()
    {
        var name = Resolve(Meta.Element.Tag("data-stream"));
        try
        {
            Definition = DataStreamDefinition.Load(Pipeline.Context.Project.Metadata, name, Variables);
        }
        catch (HopException exception)
        {
            throw Failure(exception.Message, exception);
        }
    }
}
