using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// XSD validator: validates an XML file against a schema file, or (source "noneed") against the schema its
/// xsi:schemaLocation names. True when the document is valid.
/// </summary>
[Action("XSD_VALIDATOR")]
public sealed class XsdValidatorAction : ActionBase
{
    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var xmlPath = ResolvePath(Setting("xmlfilename"));
        if (string.IsNullOrEmpty(xmlPath) || !File.Exists(xmlPath))
        {
            Log.Error(Name, $"The XML file '{xmlPath}' does not exist.");
            return Task.FromResult(previous.Failed());
        }

        string? schemaPath = null;
        if (Setting("xsdsource") != "noneed")
        {
            schemaPath = ResolvePath(Setting("xsdfilename"));
            if (string.IsNullOrEmpty(schemaPath) || !File.Exists(schemaPath))
            {
                Log.Error(Name, $"The XSD file '{schemaPath}' does not exist.");
                return Task.FromResult(previous.Failed());
            }

            schemaPath = Path.GetFullPath(schemaPath);
        }

        var fullPath = Path.GetFullPath(xmlPath);
        string? problem;
        using (var reader = new StreamReader(fullPath))
        {
            problem = XsdValidation.Validate(
                reader, new Uri(fullPath).AbsoluteUri, schemaPath, Setting("allowExternalEntities") == "Y");
        }

        if (problem is not null)
        {
            Log.Error(Name, $"The XML file '{xmlPath}' is not valid: {problem}");
            return Task.FromResult(previous.Failed());
        }

        Log.Detailed(Name, $"The XML file '{xmlPath}' is valid.");
        return Task.FromResult(previous.Succeeded());
    }
}
