using Orleans.AsyncHop.Engine.Pipelines.Files;

namespace Orleans.AsyncHop.Engine.Pipelines;

/// <summary>Input file lists of the transforms that read files named in their settings.</summary>
public abstract partial class TransformBase
{
    /// <summary>
    /// Expands file specifications into the full paths of the files they name, and fails with the names of
    /// the required entries that match nothing.
    /// </summary>
    protected List<string> ExpandInputFiles(IEnumerable<FileSpec> specs)
    {
        var expansion = FileInputList.Expand(specs, Variables);
        if (expansion.MissingRequired.Count > 0)
        {
            throw Failure($"required file(s) not found: {string.Join(", ", expansion.MissingRequired)}.");
        }

        return expansion.Paths;
    }
}
