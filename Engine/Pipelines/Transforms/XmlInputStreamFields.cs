using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// The optional fields of an XML input stream row and their positions (-1 when left out). As in Hop, the
/// element id, parent id, level, path, parent path, data name and data value fields always carry their
/// default names, while positions are looked up by the configured names.
/// </summary>
public sealed class XmlInputStreamFields
{
    public int FileName { get; private init; } = -1;
    public int RowNumber { get; private init; } = -1;
    public int TypeNumber { get; private init; } = -1;
    public int TypeDescription { get; private init; } = -1;
    public int Line { get; private init; } = -1;
    public int Column { get; private init; } = -1;
    public int ElementId { get; private init; } = -1;
    public int ParentElementId { get; private init; } = -1;
    public int Level { get; private init; } = -1;
    public int Path { get; private init; } = -1;
    public int ParentPath { get; private init; } = -1;
    public int DataName { get; private init; } = -1;
    public int DataValue { get; private init; } = -1;

    public static (RowMeta Meta, XmlInputStreamFields Positions) Build(XElement settings, Func<string?, string> resolve)
    {
        var metas = new List<ValueMeta>();
        var stringLength = settings.Int("defaultStringLen", 1024);

        void Add(string include, string? name, HopValueType type, int length)
        {
            if (settings.Flag(include) && !string.IsNullOrEmpty(name))
            {
                metas.Add(new ValueMeta(name, type) { Length = length });
            }
        }

        string Configured(string tag, string fallback) => resolve(settings.Tag(tag) ?? fallback);

        Add("includeFilenameField", Configured("filenameField", "xml_filename"), HopValueType.String, 1024);
        Add("includeRowNumberField", Configured("rowNumberField", "xml_row_number"), HopValueType.Integer, 15);
        Add("includeDataTypeNumericField", Configured("dataTypeNumericField", "xml_data_type_numeric"), HopValueType.Integer, 15);
        Add("includeDataTypeDescriptionField", Configured("dataTypeDescriptionField", "xml_data_type_description"), HopValueType.String, 25);
        Add("includeXmlLocationLineField", Configured("xmlLocationLineField", "xml_location_line"), HopValueType.Integer, 15);
        Add("includeXmlLocationColumnField", Configured("xmlLocationColumnField", "xml_location_column"), HopValueType.Integer, 15);
        Add("includeXmlElementIDField", "xml_element_id", HopValueType.Integer, 15);
        Add("includeXmlParentElementIDField", "xml_parent_element_id", HopValueType.Integer, 15);
        Add("includeXmlElementLevelField", "xml_element_level", HopValueType.Integer, 15);
        Add("includeXmlPathField", "xml_path", HopValueType.String, 1024);
        Add("includeXmlParentPathField", "xml_parent_path", HopValueType.String, 1024);
        Add("includeXmlDataNameField", "xml_data_name", HopValueType.String, stringLength);
        Add("includeXmlDataValueField", "xml_data_value", HopValueType.String, stringLength);
        var meta = new RowMeta(metas);

        int At(string tag, string fallback) => meta.IndexOf(Configured(tag, fallback));

        return (meta, new XmlInputStreamFields
        {
            FileName = At("filenameField", "xml_filename"),
            RowNumber = At("rowNumberField", "xml_row_number"),
            TypeNumber = At("dataTypeNumericField", "xml_data_type_numeric"),
            TypeDescription = At("dataTypeDescriptionField", "xml_data_type_description"),
            Line = At("xmlLocationLineField", "xml_location_line"),
            Column = At("xmlLocationColumnField", "xml_location_column"),
            ElementId = At("xmlElementIDField", "xml_element_id"),
            ParentElementId = At("xmlParentElementIDField", "xml_parent_element_id"),
            Level = At("xmlElementLevelField", "xml_element_level"),
            Path = At("xmlPathField", "xml_path"),
            ParentPath = At("xmlParentPathField", "xml_parent_path"),
            DataName = At("xmlDataNameField", "xml_data_name"),
            DataValue = At("xmlDataValueField", "xml_data_value"),
        });
    }
}
