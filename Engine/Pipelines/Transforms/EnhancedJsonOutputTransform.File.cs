using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>The output file: its name, opening at start or on first write, and one file per split.</summary>
public sealed partial class EnhancedJsonOutputTransform
{
    private XElement? fileSettings;
    private int splitAfter;
    private bool doNotOpenFileAtStart;
    private int splitNumber;
    private StreamWriter? writer;

    private void ReadFileSettings(XElement settings)
    {
        fileSettings = Child(settings, "file");
        var split = Resolve(Setting(fileSettings, "split_output_after"));
        if (string.IsNullOrEmpty(split))
        {
            splitAfter = 0;
        }
        else if (!int.TryParse(split, NumberStyles.Integer, CultureInfo.InvariantCulture, out splitAfter) || splitAfter < 0)
        {
            throw Failure($"the split size '{split}' is not a whole number of 0 or more.");
        }

        doNotOpenFileAtStart = Flag(fileSettings, "doNotOpenNewFileInit");
        if (writeToFile && string.IsNullOrEmpty(Resolve(Setting(fileSettings, "name"))))
        {
            throw Failure("the output file name is missing.");
        }
    }

    private void ReadFields(XElement settings)
    {
        foreach (var field in Child(settings, "fields")?.Elements().Where(e => IsTag(e, "field")) ?? [])
        {
            var name = Setting(field, "name") ?? string.Empty;
            var element = Resolve(Setting(field, "element"));
            fields.Add(new OutputField(
                name, string.IsNullOrEmpty(element) ? name : element, Flag(field, "json_fragment"),
                Flag(field, "is_without_enclosing"), Flag(field, "remove_if_blank")));
        }

        foreach (var key in Child(settings, "key_fields")?.Elements().Where(e => IsTag(e, "key_field")) ?? [])
        {
            var name = Setting(key, "key_field_name") ?? string.Empty;
            var element = Resolve(Setting(key, "key_field_element"));
            keyFields.Add((name, string.IsNullOrEmpty(element) ? name : element));
        }
    }

    private void OpenFile()
    {
        if (writer is not null)
        {
            return;
        }

        var path = BuildFileName();
        try
        {
            var folder = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder))
            {
                // Hop writes through VFS, which creates a missing parent folder even without "create parent folder".
                Directory.CreateDirectory(folder);
            }

            var encodingName = Resolve(Setting(Meta.Element, "encoding"));
            var encoding = string.IsNullOrEmpty(encodingName)
                ? new UTF8Encoding(false)
                : Files.TextFileOpener.ResolveEncoding(encodingName);
            writer = new StreamWriter(path, Flag(fileSettings, "append"), encoding);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw Failure($"failed to open the output file '{path}': {exception.Message}", exception);
        }

        if (Flag(Meta.Element, "addToResult"))
        {
            Pipeline.AddResultFile(path, Name);
        }

        splitNumber++;
    }

    private async Task WriteJsonFileAsync(CancellationToken cancellationToken)
    {
        if (!writeToFile)
        {
            return;
        }

        OpenFile();
        try
        {
            await writer!.WriteAsync(serialized.AsMemory(), cancellationToken);
        }
        catch (IOException exception)
        {
            throw Failure($"failed to write the JSON file: {exception.Message}", exception);
        }

        CloseFile();
    }

    private void CloseFile()
    {
        writer?.Dispose();
        writer = null;
    }

    /// <summary>
    /// Builds the file name as Hop does: the name, "_yyyyMMdd" when the date is requested (and then
    /// "_HHmmss" when the time is too), "_n" for the split number when splitting, then the extension.
    /// </summary>
    private string BuildFileName()
    {
        var builder = new StringBuilder(Execution.HopPaths.ToLocalPath(Resolve(Setting(fileSettings, "name"))));
        var now = Pipeline.Context.TimeProvider.GetLocalNow().DateTime;
        if (Flag(fileSettings, "add_date"))
        {
            builder.Append('_').Append(now.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            if (Flag(fileSettings, "add_time"))
            {
                builder.Append('_').Append(now.ToString("HHmmss", CultureInfo.InvariantCulture));
            }
        }

        if (splitAfter > 0)
        {
            builder.Append('_').Append(splitNumber.ToString(CultureInfo.InvariantCulture));
        }

        // Older files store the extension under the misspelt tag "extention".
        var extension = Resolve(Setting(fileSettings, "extension") ?? Setting(fileSettings, "extention"));
        if (!string.IsNullOrEmpty(extension))
        {
            builder.Append('.').Append(extension);
        }

        return Path.GetFullPath(builder.ToString());
    }

    private static bool IsTag(XElement element, string name) =>
        element.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase);
}
