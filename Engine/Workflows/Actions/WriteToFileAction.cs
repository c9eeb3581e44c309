using System.Text;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Write to file: writes the resolved content to a file, replacing or appending, in the configured
/// encoding (UTF-8 when none). A missing parent folder is created only when asked.
/// </summary>
[Action("WRITE_TO_FILE")]
public sealed class WriteToFileAction : ActionBase
{
    public override async Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var path = ResolvePath(Setting("filename"));
        if (string.IsNullOrEmpty(path))
        {
            Log.Error(Name, "No file name is set.");
            return previous.Failed();
        }

        var parent = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(parent))
        {
            if (!Meta.Element.Flag("createParentFolder"))
            {
                Log.Error(Name, $"Cannot write '{path}': the folder '{parent}' does not exist.");
                return previous.Failed();
            }

            Directory.CreateDirectory(parent);
        }

        var encodingName = Resolve(Setting("encoding"));
        Encoding encoding;
        try
        {
            encoding = string.IsNullOrEmpty(encodingName)
                ? new UTF8Encoding(false)
                : Encoding.GetEncoding(encodingName);
        }
        catch (ArgumentException)
        {
            Log.Error(Name, $"Cannot write '{path}': the encoding '{encodingName}' is unknown.");
            return previous.Failed();
        }

        if (encoding is UTF8Encoding)
        {
            // Java writers put no byte order mark in front of UTF-8 text.
            encoding = new UTF8Encoding(false);
        }

        var content = Resolve(Setting("content"));
        try
        {
            if (Meta.Element.Flag("appendFile"))
            {
                await File.AppendAllTextAsync(path, content, encoding, cancellationToken);
            }
            else
            {
                await File.WriteAllTextAsync(path, content, encoding, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Log.Error(Name, $"Cannot write '{path}': {exception.Message}");
            return previous.Failed();
        }

        return previous.Succeeded();
    }
}
