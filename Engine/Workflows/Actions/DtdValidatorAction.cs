using System.Xml;
using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// DTD validator: validates an XML file against the DTD it declares (internal DTD) or against an external DTD
/// file, which replaces any DOCTYPE the document carries. True when the document is valid.
/// </summary>
[Action("DTD_VALIDATOR")]
public sealed class DtdValidatorAction : ActionBase
{
    public override Task<HopResult> ExecuteAsync(HopResult previous, CancellationToken cancellationToken)
    {
        var xmlPath = ResolvePath(Setting("xmlfilename"));
        var internalDtd = Setting("dtdintern") == "Y";
        var dtdPath = ResolvePath(Setting("dtdfilename"));
        if (string.IsNullOrEmpty(xmlPath) || !File.Exists(xmlPath))
        {
            Log.Error(Name, $"The XML file '{xmlPath}' does not exist.");
            return Task.FromResult(previous.Failed());
        }

        if (!internalDtd && (string.IsNullOrEmpty(dtdPath) || !File.Exists(dtdPath)))
        {
            Log.Error(Name, $"The DTD file '{dtdPath}' does not exist.");
            return Task.FromResult(previous.Failed());
        }

        var errors = new List<string>();
        try
        {
            var text = File.ReadAllText(xmlPath);
            if (!internalDtd)
            {
                text = DtdValidation.WithExternalDoctype(text, dtdPath);
            }

            DtdValidation.Validate(text, Path.GetDirectoryName(xmlPath)!, errors);
        }
        catch (XmlException exception)
        {
            errors.Add(exception.Message);
        }

        foreach (var error in errors)
        {
            Log.Error(Name, $"The XML file '{xmlPath}' is not valid: {error}");
        }

        if (errors.Count == 0)
        {
            Log.Detailed(Name, $"The XML file '{xmlPath}' is valid against its DTD.");
        }

        return Task.FromResult(errors.Count == 0 ? previous.Succeeded() : previous.Failed(errors.Count));
    }
}
