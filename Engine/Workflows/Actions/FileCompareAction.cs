using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// File compare: true when both files have the same bytes. A missing file fails the action with an error;
/// different contents are a plain false result.
/// </summary>
[Action("FILE_COMPARE")]
public sealed class FileCompareAction : ActionBase
{
    public override async Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var first = ResolvePath(Setting("filename1"));
        var second = ResolvePath(Setting("filename2"));
        previous.Result = false;
        if (string.IsNullOrEmpty(first) || string.IsNullOrEmpty(second))
        {
            Log.Error(Name, "Two file names are needed to compare files.");
            return previous;
        }

        var missing = new[] { first, second }.Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            Log.Error(Name, $"Cannot compare: the file '{string.Join("' and '", missing)}' does not exist.");
            return previous.Failed();
        }

        var firstBytes = await File.ReadAllBytesAsync(first, cancellationToken);
        var secondBytes = await File.ReadAllBytesAsync(second, cancellationToken);
        previous.Result = firstBytes.AsSpan().SequenceEqual(secondBytes);
        if (Meta.Element.Flag("add_filename_result"))
        {
            previous.AddFile(first, Name);
            previous.AddFile(second, Name);
        }

        return previous;
    }
}
