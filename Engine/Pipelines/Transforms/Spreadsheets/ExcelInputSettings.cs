using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Pipelines.Files;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Spreadsheets;

/// <summary>One sheet to read: its name (or a regular expression over the names) and the first row and column.</summary>
public sealed record ExcelInputSheet(string Name, int StartRow, int StartColumn, bool IsRegex);

/// <summary>One output field of Excel input with the settings Hop keeps outside the field's metadata.</summary>
public sealed record ExcelInputField(ValueMeta Meta, TrimType Trim, bool Repeat);

/// <summary>Settings of Microsoft Excel input (transform type ExcelInput), as Hop's ExcelInputMeta stores them.</summary>
public sealed class ExcelInputSettings
{
    public IReadOnlyList<FileSpec> Files { get; private init; } = [];

    public IReadOnlyList<ExcelInputSheet> Sheets { get; private init; } = [];

    public IReadOnlyList<ExcelInputField> Fields { get; private init; } = [];

    public bool StartsWithHeader { get; private init; }

    public bool IgnoreEmptyRows { get; private init; }

    public bool StopOnEmpty { get; private init; }

    public string FileField { get; private init; } = string.Empty;

    public string SheetField { get; private init; } = string.Empty;

    public string SheetRowNumberField { get; private init; } = string.Empty;

    public string RowNumberField { get; private init; } = string.Empty;

    public string Limit { get; private init; } = "0";

    public bool AddToResult { get; private init; }

    public bool AcceptFileNames { get; private init; }

    public string AcceptField { get; private init; } = string.Empty;

    public bool StrictTypes { get; private init; }

    public bool ErrorIgnored { get; private init; }

    public bool ErrorLineSkipped { get; private init; }

    public AdditionalFileFields FileFields { get; private init; } = null!;

    /// <summary>POI, SAX_POI or ODS; the first two both read xls and xlsx here.</summary>
    public string SpreadsheetType { get; private init; } = "POI";

    public string Password { get; private init; } = string.Empty;

    /// <summary>Sheets are read in workbook order when none is named (or only one without a name).</summary>
    public bool ReadAllSheets => Sheets.Count == 0 || (Sheets.Count == 1 && Sheets[0].Name.Length == 0);

    public bool HasRegexSheets => Sheets.Any(s => s.IsRegex);

    public static ExcelInputSettings Read(XElement transform)
    {
        var sheets = transform.Element("sheets")?.Elements("sheet")
            .Select(s => new ExcelInputSheet(s.TagOrEmpty("name"), s.Int("startrow"), s.Int("startcol"), s.Flag("is_regex")))
            .ToList() ?? [];
        var fields = new List<ExcelInputField>();
        foreach (var element in transform.Element("fields")?.Elements("field") ?? [])
        {
            var definition = FieldDefinition.Read(element);
            fields.Add(new ExcelInputField(definition.Meta with { Trim = TrimType.None }, definition.Meta.Trim, definition.Repeat));
        }

        return new ExcelInputSettings
        {
            Files = FileSpec.ReadAll(transform),
            Sheets = sheets,
            Fields = fields,
            StartsWithHeader = transform.Flag("header"),
            IgnoreEmptyRows = transform.Flag("noempty"),
            StopOnEmpty = transform.Flag("stoponempty"),
            FileField = transform.TagOrEmpty("filefield"),
            SheetField = transform.TagOrEmpty("sheetfield"),
            SheetRowNumberField = transform.TagOrEmpty("sheetrownumfield"),
            RowNumberField = transform.TagOrEmpty("rownumfield"),
            Limit = transform.Tag("limit") is { Length: > 0 } limit ? limit : "0",
            AddToResult = transform.Flag("add_to_result_filenames"),
            AcceptFileNames = transform.Flag("accept_filenames"),
            AcceptField = transform.TagOrEmpty("accept_field"),
            StrictTypes = transform.Flag("strict_types"),
            ErrorIgnored = transform.Flag("error_ignored"),
            ErrorLineSkipped = transform.Flag("error_line_skipped"),
            FileFields = AdditionalFileFields.Read(transform),
            SpreadsheetType = transform.Tag("spreadsheet_type") is { Length: > 0 } type ? type.Trim() : "POI",
            Password = transform.TagOrEmpty("password"),
        };
    }

    /// <summary>Builds the output layout: the fields, then file name, sheet name, sheet row number, row number and file fields.</summary>
    public RowMeta BuildOutputMeta()
    {
        var metas = Fields.Select(f => f.Meta).ToList();
        if (FileField.Length > 0)
        {
            metas.Add(new ValueMeta(FileField, HopValueType.String) { Length = 250 });
        }

        if (SheetField.Length > 0)
        {
            metas.Add(new ValueMeta(SheetField, HopValueType.String) { Length = 250 });
        }

        if (SheetRowNumberField.Length > 0)
        {
            metas.Add(new ValueMeta(SheetRowNumberField, HopValueType.Integer) { Length = 15, Precision = 0 });
        }

        if (RowNumberField.Length > 0)
        {
            metas.Add(new ValueMeta(RowNumberField, HopValueType.Integer) { Length = 15, Precision = 0 });
        }

        metas.AddRange(FileFields.Metas);
        return new RowMeta(metas);
    }
}
