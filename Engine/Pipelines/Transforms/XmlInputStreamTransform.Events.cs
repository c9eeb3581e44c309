using System.Xml;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

public sealed partial class XmlInputStreamTransform
{
    // StAX event type numbers (javax.xml.stream.XMLStreamConstants) that this transform writes.
    private const int StartElement = 1;
    private const int EndElement = 2;
    private const int Characters = 4;
    private const int StartDocument = 7;
    private const int EndDocument = 8;
    private const int Attribute = 10;
    private const int CData = 12;
    private const int Namespace = 13;

    private static readonly Dictionary<int, string> EventNames = new()
    {
        [StartElement] = "START_ELEMENT",
        [EndElement] = "END_ELEMENT",
        [Characters] = "CHARACTERS",
        [StartDocument] = "START_DOCUMENT",
        [EndDocument] = "END_DOCUMENT",
        [Attribute] = "ATTRIBUTE",
        [CData] = "CDATA",
        [Namespace] = "NAMESPACE",
    };

    /// <summary>Reads one document, writing a row per event; returns true when it stopped at the row limit.</summary>
    private async Task<bool> ReadDocumentAsync(
        TextReader text, string? path, object?[]? inputRow, CancellationToken cancellationToken)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, IgnoreWhitespace = false, Async = true };
        var state = new DocumentState(path, inputRow);
        using var reader = XmlReader.Create(text, settings);
        try
        {
            if (await WriteAsync(state, NewRow(StartDocument, reader), true, cancellationToken))
            {
                return true;
            }

            while (await reader.ReadAsync())
            {
                IncrementLinesInput();
                if (await ReadEventAsync(reader, state, cancellationToken))
                {
                    return true;
                }
            }

            return await WriteAsync(state, NewRow(EndDocument, reader), true, cancellationToken);
        }
        catch (XmlException exception)
        {
            throw Failure($"the XML in '{path ?? sourceFieldName}' cannot be parsed: {exception.Message}", exception);
        }
    }

    /// <summary>Handles the node the reader is on; returns true when the row limit is reached.</summary>
    private async Task<bool> ReadEventAsync(XmlReader reader, DocumentState state, CancellationToken cancellationToken)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.Element:
                var empty = reader.IsEmptyElement;
                var row = await StartElementAsync(reader, state, cancellationToken);
                if (await WriteAsync(state, row, true, cancellationToken))
                {
                    return true;
                }

                if (empty)
                {
                    await EndElementAsync(reader, state, cancellationToken);
                }

                return false;
            case XmlNodeType.EndElement:
                await EndElementAsync(reader, state, cancellationToken);
                return false;
            case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                var value = enableTrim ? reader.Value.Trim() : reader.Value;
                if (positions.DataValue < 0 || value.Length == 0)
                {
                    return false;
                }

                var textRow = NewRow(reader.NodeType == XmlNodeType.CDATA ? CData : Characters, reader);
                Set(textRow, positions.DataName, state.Names[state.Level]);
                Set(textRow, positions.DataValue, value);
                return await WriteAsync(state, textRow, true, cancellationToken);
            default:
                return false;
        }
    }

    private async Task<object?[]> StartElementAsync(XmlReader reader, DocumentState state, CancellationToken cancellationToken)
    {
        state.Level++;
        if (state.Level >= DocumentState.MaxLevels - 1)
        {
            throw Failure($"too many nested XML elements, more than {DocumentState.MaxLevels}.");
        }

        state.ParentIds[state.Level] ??= state.ElementId;
        state.ElementId++;
        state.LevelIds[state.Level] = state.ElementId;
        var name = QualifiedName(reader.Prefix, reader.LocalName);
        state.Names[state.Level] = name;
        state.Paths[state.Level] = state.Paths[state.Level - 1] + "/" + name;
        var row = NewRow(StartElement, reader);
        Set(row, positions.DataName, name);

        var namespaces = new List<(string Name, string Value)>();
        var attributes = new List<(string Name, string Value)>();
        while (reader.MoveToNextAttribute())
        {
            if (reader.Prefix == "xmlns" || reader.Name == "xmlns")
            {
                namespaces.Add((reader.Prefix == "xmlns" ? reader.LocalName : string.Empty, reader.Value));
            }
            else
            {
                attributes.Add((QualifiedName(reader.Prefix, reader.LocalName), reader.Value));
            }
        }

        reader.MoveToElement();
        if (enableNamespaces)
        {
            row = await WriteListedAsync(state, row, Namespace, namespaces, cancellationToken);
        }

        return await WriteListedAsync(state, row, Attribute, attributes, cancellationToken);
    }

    /// <summary>
    /// Writes the pending row and a row per namespace or attribute except the last, which is returned as Hop
    /// does. With an empty list the pending row itself is returned.
    /// </summary>
    private async Task<object?[]> WriteListedAsync(
        DocumentState state, object?[] row, int type, List<(string Name, string Value)> items,
        CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return row;
        }

        await WriteAsync(state, (object?[])row.Clone(), false, cancellationToken);
        Set(row, positions.TypeNumber, (long)type);
        Set(row, positions.TypeDescription, EventNames[type]);
        for (var index = 0; index < items.Count; index++)
        {
            var item = (object?[])row.Clone();
            Set(item, positions.DataName, items[index].Name);
            Set(item, positions.DataValue, items[index].Value);
            if (index == items.Count - 1)
            {
                return item;
            }

            await WriteAsync(state, item, false, cancellationToken);
        }

        return row;
    }

    private async Task EndElementAsync(XmlReader reader, DocumentState state, CancellationToken cancellationToken)
    {
        var row = NewRow(EndElement, reader);
        Set(row, positions.DataName, state.Names[state.Level]);
        await WriteAsync(state, row, false, cancellationToken);
        state.ParentIds[state.Level + 1] = null;

        state.Level--;
    }

    /// <summary>
    /// Fills the element fields of an event row and writes it unless it falls in the skipped rows. Returns true
    /// when <paramref name="checkLimit"/> is set and the row limit is reached; like Hop, only the row an event
    /// returns is checked against the limit, not the extra rows written while handling it.
    /// </summary>
    private async Task<bool> WriteAsync(DocumentState state, object?[] row, bool checkLimit, CancellationToken cancellationToken)
    {
        state.RowNumber++;
        Set(row, positions.FileName, state.Path);
        Set(row, positions.RowNumber, state.RowNumber);
        Set(row, positions.ElementId, state.LevelIds[state.Level]);
        Set(row, positions.Level, (long)state.Level);
        Set(row, positions.ParentElementId, state.ParentIds[state.Level]);
        Set(row, positions.Path, state.Paths[state.Level]);
        if (state.Level > 0)
        {
            Set(row, positions.ParentPath, state.Paths[state.Level - 1]);
        }

        if (rowsToSkip == 0 || state.RowNumber > rowsToSkip)
        {
            var full = state.InputRow is null ? row : [.. state.InputRow, .. row];
            var meta = state.InputRow is null ? ownFields : DescribeOutput(InputRowMeta)!;
            await PutRowAsync(meta, full, cancellationToken);
        }

        return checkLimit && rowLimit > 0 && state.RowNumber >= rowLimit;
    }

    private object?[] NewRow(int type, XmlReader reader)
    {
        var row = new object?[ownFields.Count];
        Set(row, positions.TypeNumber, (long)type);
        Set(row, positions.TypeDescription, EventNames[type]);
        if (reader is IXmlLineInfo info && info.HasLineInfo())
        {
            Set(row, positions.Line, (long)info.LineNumber);
            Set(row, positions.Column, (long)info.LinePosition);
        }

        return row;
    }

    private string QualifiedName(string prefix, string localName) =>
        enableNamespaces && prefix.Length > 0 ? prefix + ":" + localName : localName;

    private static void Set(object?[] row, int index, object? value)
    {
        if (index >= 0)
        {
            row[index] = value;
        }
    }
}
