using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>Turning loop nodes into rows: the field layout, XPath evaluation and value conversion.</summary>
public sealed partial class GetXmlDataTransform
{
    /// <summary>The input fields, the XPath fields, then the file name and row number fields.</summary>
    private RowMeta BuildOutputMeta(RowMeta? inputMeta) =>
        BuildDocumentOutputMeta(inputMeta, removedIndex: -1, fields.Select(f => f.Meta), fileFields: null);

    /// <summary>Writes one row per loop node; returns false when the row limit is reached.</summary>
    private async Task<bool> EmitDocumentAsync(
        XDocument document,
        RowMeta outputMeta,
        object?[] baseRow,
        string? fileName,
        CancellationToken cancellationToken)
    {
        var resolver = NamespacesOf(document);
        List<XObject> loopNodes;
        try
        {
            loopNodes = XmlPathValues.SelectNodes(document, loopXPath, resolver);
        }
        catch (Exception exception) when (exception is System.Xml.XPath.XPathException or InvalidOperationException)
        {
            throw Failure($"the loop XPath '{loopXPath}' is invalid: {exception.Message}", exception);
        }

        var firstField = FirstValueField(outputMeta, fields.Count, fileFields: null);
        foreach (var loopNode in loopNodes.OfType<XNode>())
        {
            var row = (object?[])baseRow.Clone();
            for (var f = 0; f < fields.Count; f++)
            {
                var value = FieldValue(loopNode, fields[f], resolver);
                if (value is null && fields[f].Repeat && previousValues is not null)
                {
                    value = previousValues[f];
                }

                row[firstField + f] = value;
            }

            previousValues = row[firstField..(firstField + fields.Count)];
            rowNumber++;
            FillFileFields(row, firstField + fields.Count, fileName, rowNumber, fileFields: null);

            IncrementLinesInput();
            await PutRowAsync(outputMeta, row, cancellationToken);
            if (Limit > 0 && rowNumber >= Limit)
            {
                return false;
            }
        }

        return true;
    }

    private object? FieldValue(XNode loopNode, XmlField field, System.Xml.IXmlNamespaceResolver? resolver)
    {
        string? text;
        try
        {
            text = field.AsXml
                ? XmlPathValues.XmlOf(loopNode, field.Path, resolver)
                : XmlPathValues.ValueOf(loopNode, field.Path, resolver);
        }
        catch (Exception exception) when (exception is System.Xml.XPath.XPathException or InvalidOperationException)
        {
            throw Failure(
                $"the XPath '{field.Path}' of field '{field.Meta.Name}' is invalid: {exception.Message}", exception);
        }

        try
        {
            return ValueConverter.FromStringWithRules(field.Meta, text, null, null, field.Meta.Trim);
        }
        catch (Exception exception) when (exception is HopException or FormatException or OverflowException)
        {
            throw Failure($"the value '{text}' of field '{field.Meta.Name}' cannot be converted to "
                          + $"{field.Meta.Type}: {exception.Message}", exception);
        }
    }
}
