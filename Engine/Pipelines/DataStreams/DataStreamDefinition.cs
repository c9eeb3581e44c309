using System.Globalization;
using System.Text.Json.Nodes;
using Orleans.AsyncHop.Engine.Projects;
using Orleans.AsyncHop.Engine.Variables;

namespace Orleans.AsyncHop.Engine.Pipelines.DataStreams;

/// <summary>
/// A data stream metadata object (type folder "data-stream"): an Apache Arrow random access file
/// ("ArrowRandomAccessFile") or stream file ("ArrowStreamFile"), its file name and the rows per record batch.
/// </summary>
public sealed record DataStreamDefinition(string Name, bool RandomAccess, string FileName, int BatchSize)
{
    private const int DefaultBatchSize = 500;

    /// <summary>Loads the named data stream and resolves its file name and batch size with the given variables.</summary>
    public static DataStreamDefinition Load(MetadataStore metadata, string name, VariableSpace variables)
    {
        var json = metadata.Find("data-stream", name)
            ?? throw new HopException($"The data stream '{name}' was not found in the project metadata.");
        try
        {
            return Read(json, name, variables);
        }

        // System.Text.Json reports a member of the wrong JSON kind (a text where an object belongs) this way.
        catch (InvalidOperationException exception)
        {
            throw new HopException($"The metadata of data stream '{name}' is invalid: {exception.Message}", exception);
        }
    }

    private static DataStreamDefinition Read(JsonObject json, string name, VariableSpace variables)
    {
        var plugin = json["dataStream"]?.AsObject().FirstOrDefault()
            ?? throw new HopException($"The data stream '{name}' has no stream type.");
        var randomAccess = plugin.Key switch
        {
            "ArrowRandomAccessFile" => true,
            "ArrowStreamFile" => false,
            _ => throw new HopException(
                $"The data stream '{name}' has the type '{plugin.Key}'; only ArrowRandomAccessFile and ArrowStreamFile are supported."),
        };
        var settings = plugin.Value?.AsObject();
        var fileName = variables.Resolve(settings?["filename"]?.GetValue<string>());
        if (string.IsNullOrEmpty(fileName))
        {
            throw new HopException($"The data stream '{name}' has no file name.");
        }

        var batchText = variables.Resolve(settings?["batchSize"]?.GetValue<string>());
        var batchSize = int.TryParse(batchText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) && size > 0
            ? size
            : DefaultBatchSize;
        return new DataStreamDefinition(name, randomAccess, Execution.HopPaths.ToLocalPath(fileName), batchSize);
    }
}
