using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Files;

/// <summary>
/// Settings of Text file input, read from both the current layout (<c>file_type</c>, <c>&lt;files&gt;</c>,
/// <c>null_string</c>) and the older one (<c>file/type</c>, repeated tags in one <c>&lt;file&gt;</c>, <c>nullif</c>).
/// </summary>
public sealed class TextFileInputSettings
{
    public bool Fixed { get; private init; }

    public string Separator { get; private init; } = ";";

    public string Enclosure { get; private init; } = string.Empty;

    public string Escape { get; private init; } = string.Empty;

    public bool BreakInEnclosure { get; private init; }

    public int HeaderLines { get; private init; }

    public int FooterLines { get; private init; }

    public bool SkipEmptyLines { get; private init; }

    public string? FileNameField { get; private init; }

    public string? RowNumberField { get; private init; }

    public bool RowNumberPerFile { get; private init; }

    public string Encoding { get; private init; } = string.Empty;

    public string Compression { get; private init; } = "None";

    public string Limit { get; private init; } = "0";

    public bool AddToResult { get; private init; }

    public bool AcceptFileNames { get; private init; }

    public string AcceptField { get; private init; } = string.Empty;

    public bool PassThroughFields { get; private init; }

    public bool ErrorIgnored { get; private init; }

    public bool ErrorLineSkipped { get; private init; }

    public bool SkipBadFiles { get; private init; }

    public string? ErrorCountField { get; private init; }

    public string? ErrorFieldsField { get; private init; }

    public string? ErrorTextField { get; private init; }

    public IReadOnlyList<FileSpec> Files { get; private init; } = [];

    public AdditionalFileFields FileFields { get; private init; } = null!;

    public IReadOnlyList<TextInputField> Fields { get; private init; } = [];

    public static TextFileInputSettings Read(XElement element)
    {
        var oldFile = element.Element("file");
        var type = element.Tag("file_type") ?? oldFile?.Tag("type") ?? "CSV";
        var compression = element.Tag("compression") ?? oldFile?.Tag("compression") ?? "None";
        return new TextFileInputSettings
        {
            Fixed = type.Equals("Fixed", StringComparison.OrdinalIgnoreCase),
            Separator = element.Tag("separator") ?? ";",
            Enclosure = element.TagOrEmpty("enclosure"),
            Escape = element.TagOrEmpty("escapechar"),
            BreakInEnclosure = element.Flag("enclosure_breaks"),
            HeaderLines = element.Flag("header") ? Math.Max(0, element.Int("nr_headerlines", 1)) : 0,
            FooterLines = element.Flag("footer") ? Math.Max(0, element.Int("nr_footerlines", 1)) : 0,
            SkipEmptyLines = element.Flag("noempty", true),
            FileNameField = element.Flag("include") ? NullIfEmpty(element.Tag("include_field")) : null,
            RowNumberField = element.Flag("rownum") ? NullIfEmpty(element.Tag("rownum_field")) : null,
            RowNumberPerFile = element.Flag("rownumByFile"),
            Encoding = element.TagOrEmpty("encoding"),
            Compression = string.IsNullOrEmpty(compression) ? "None" : compression,
            Limit = element.Tag("limit") is { Length: > 0 } limit ? limit : "0",
            AddToResult = element.Flag("add_to_result_filenames"),
            AcceptFileNames = element.Flag("accept_filenames"),
            AcceptField = element.TagOrEmpty("accept_field"),
            PassThroughFields = element.Flag("passing_through_fields"),
            ErrorIgnored = element.Flag("error_ignored"),
            ErrorLineSkipped = element.Flag("error_line_skipped"),
            SkipBadFiles = element.Flag("skip_bad_files"),
            ErrorCountField = NullIfEmpty(element.Tag("error_count_field")),
            ErrorFieldsField = NullIfEmpty(element.Tag("error_fields_field")),
            ErrorTextField = NullIfEmpty(element.Tag("error_text_field")),
            Files = FileSpec.ReadAll(element),
            FileFields = AdditionalFileFields.Read(element),
            Fields = element.Element("fields")?.Elements("field").Select(ReadField).ToList() ?? [],
        };
    }

    /// <summary>The fields a row carries: passed-through fields, the fields that are not ignored, then the optional extra fields.</summary>
    public RowMeta BuildOutputMeta(RowMeta? passThrough)
    {
        var metas = new List<ValueMeta>();
        if (passThrough is not null)
        {
            metas.AddRange(passThrough.Fields);
        }

        metas.AddRange(Fields.Where(f => !f.Ignore).Select(f => f.Meta));
        if (ErrorCountField is not null)
        {
            metas.Add(new ValueMeta(ErrorCountField, HopValueType.Integer));
        }

        if (ErrorFieldsField is not null)
        {
            metas.Add(new ValueMeta(ErrorFieldsField, HopValueType.String));
        }

        if (ErrorTextField is not null)
        {
            metas.Add(new ValueMeta(ErrorTextField, HopValueType.String));
        }

        if (FileNameField is not null)
        {
            metas.Add(new ValueMeta(FileNameField, HopValueType.String));
        }

        if (RowNumberField is not null)
        {
            metas.Add(new ValueMeta(RowNumberField, HopValueType.Integer));
        }

        metas.AddRange(FileFields.Metas);
        return new RowMeta(metas);
    }

    private static TextInputField ReadField(XElement field)
    {
        var type = HopValueTypes.Parse(field.Tag("type"));
        var meta = new ValueMeta(field.TagOrEmpty("name"), type == HopValueType.None ? HopValueType.String : type)
        {
            Length = field.Int("length", -1),
            Precision = field.Int("precision", -1),
            ConversionMask = NullIfEmpty(field.Tag("format")),
            DecimalSymbol = NullIfEmpty(field.Tag("decimal")),
            GroupingSymbol = NullIfEmpty(field.Tag("group")),
            CurrencySymbol = NullIfEmpty(field.Tag("currency")),
            Trim = TrimTypes.Parse(field.Tag("trim_type")),
        };
        return new TextInputField(
            meta,
            NullIfEmpty(field.Tag("null_string") ?? field.Tag("nullif")),
            NullIfEmpty(field.Tag("if_null_value") ?? field.Tag("ifnull")),
            field.Flag("repeat"),
            field.Int("position", -1),
            field.Int("length", -1),
            field.Flag("ignore"));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
