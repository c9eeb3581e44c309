using System.Xml;
using System.Xml.Xsl;
using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// XSL transformation: applies a stylesheet to an XML file and writes the output file. When the output file
/// exists, Hop's choice applies: 0 writes a new file with a unique name, 1 does nothing, 2 fails.
/// </summary>
[Action("XSLT")]
public sealed class XsltAction : ActionBase
{
    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var xmlPath = ResolvePath(Setting("xmlfilename"));
        var xslPath = ResolvePath(Setting("xslfilename"));
        var outputPath = ResolvePath(Setting("outputfilename"));
        if (!File.Exists(xmlPath) || !File.Exists(xslPath))
        {
            Log.Error(Name, $"The XML file '{xmlPath}' or the XSL file '{xslPath}' does not exist.");
            return Task.FromResult(previous.Failed());
        }

        if (File.Exists(outputPath))
        {
            switch (Setting("ifFileExists"))
            {
                case "1":
                    Log.Detailed(Name, $"The output file '{outputPath}' exists: nothing is done.");
                    return Task.FromResult(previous.Succeeded());
                case "2":
                    Log.Error(Name, $"The output file '{outputPath}' already exists.");
                    return Task.FromResult(previous.Failed());
                default:
                    outputPath = UniqueName(outputPath);
                    break;
            }
        }

        try
        {
            var transform = new XslCompiledTransform();
            transform.Load(xslPath, XsltSettings.Default, new XmlUrlResolver());
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
            var readerSettings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
            using (var reader = XmlReader.Create(xmlPath, readerSettings))
            using (var writer = XmlWriter.Create(outputPath, transform.OutputSettings))
            {
                transform.Transform(reader, writer);
            }

            if (Setting("addfiletoresult") == "Y")
            {
                previous.AddFile(outputPath, Name);
            }

            Log.Detailed(Name, $"Wrote '{outputPath}' from '{xmlPath}' with '{xslPath}'.");
            return Task.FromResult(previous.Succeeded());
        }
        catch (Exception exception) when (exception is XmlException or XsltException or IOException
                                              or UnauthorizedAccessException)
        {
            Log.Error(Name, $"Could not transform '{xmlPath}' with '{xslPath}': {exception.Message}");
            return Task.FromResult(previous.Failed());
        }
    }

    private static string UniqueName(string path)
    {
        var folder = Path.GetDirectoryName(path) ?? string.Empty;
        var stem = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path);
        return Path.Combine(folder, $"{stem}_{DateTime.Now:yyyyMMdd_HHmmss_fff}{extension}");
    }
}
