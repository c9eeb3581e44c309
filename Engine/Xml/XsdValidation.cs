using System.Xml;
using System.Xml.Schema;

namespace Orleans.AsyncHop.Engine.Xml;

/// <summary>
/// XML Schema validation for the XSD validator transform and action. Without a schema file the document's
/// own xsi:schemaLocation hints are followed. Like Hop's validator, an element the schemas do not declare
/// (for instance because its schema could not be loaded) makes the document invalid.
/// </summary>
public static class XsdValidation
{
    /// <summary>Validates the document; returns null when it is valid, else the first problem found.</summary>
    public static string? Validate(TextReader document, string? baseUri, string? schemaPath, bool allowExternalEntities)
    {
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            DtdProcessing = allowExternalEntities ? DtdProcessing.Ignore : DtdProcessing.Prohibit,
            XmlResolver = new LocalFileResolver(),
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
        };
        if (string.IsNullOrEmpty(schemaPath))
        {
            settings.ValidationFlags |= XmlSchemaValidationFlags.ProcessSchemaLocation
                                        | XmlSchemaValidationFlags.ProcessInlineSchema;
        }
        else
        {
            settings.Schemas.XmlResolver = new LocalFileResolver();
            settings.Schemas.Add(null, schemaPath);
        }

        string? problem = null;
        settings.ValidationEventHandler += (_, e) =>
            problem ??= $"line {e.Exception.LineNumber}, column {e.Exception.LinePosition}: {e.Message}";
        try
        {
            using var reader = XmlReader.Create(document, settings, baseUri);
            while (reader.Read())
            {
            }
        }
        catch (XmlException exception)
        {
            problem ??= exception.Message;
        }

        return problem;
    }

    /// <summary>Resolves schema and entity locations on the local file system only: no network access.</summary>
    private sealed class LocalFileResolver : XmlUrlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            if (!absoluteUri.IsFile)
            {
                throw new XmlException($"the location '{absoluteUri}' is not a local file and is not loaded.");
            }

            return base.GetEntity(absoluteUri, role, ofObjectToReturn);
        }
    }
}
