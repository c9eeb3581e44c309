using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Spreadsheets;

/// <summary>
/// Reads OpenDocument spreadsheets (.ods) from the content.xml of the package, with the cell kinds Hop's
/// ODFDOM reader gives: the office:value-type decides the kind and a table:formula makes it a formula
/// kind. Trailing empty rows of a table and trailing empty cells of a row are not counted.
/// </summary>
public sealed class OdsWorkbook : ISpreadsheetWorkbook
{
    private static readonly XNamespace Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private readonly Dictionary<string, OdsSheet> sheets;

    private OdsWorkbook(List<OdsSheet> sheets)
    {
        SheetNames = sheets.Select(s => s.Name).ToList();
        this.sheets = sheets.GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public IReadOnlyList<string> SheetNames { get; }

    public static OdsWorkbook Open(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        var entry = archive.GetEntry("content.xml")
            ?? throw new InvalidDataException("the file is not an OpenDocument spreadsheet: it has no content.xml.");
        using var stream = entry.Open();
        var document = XDocument.Load(stream);
        var tables = document.Descendants(Office + "spreadsheet").Elements(Table + "table");
        return new OdsWorkbook(tables.Select(ReadTable).ToList());
    }

    public ISpreadsheetSheet? GetSheet(string name) => sheets.GetValueOrDefault(name);

    public void Dispose()
    {
    }

    private static OdsSheet ReadTable(XElement table)
    {
        var rowElements = table.Descendants(Table + "table-row")
            .Where(r => r.Ancestors(Table + "table").First() == table)
            .ToList();

        // Trailing empty rows (often repeated a million times) are left out, as Hop's ODS reader does.
        var last = rowElements.FindLastIndex(r => !IsEmpty(r));
        var rows = new List<SpreadsheetCell?[]>();
        for (var i = 0; i <= last; i++)
        {
            var cells = ReadRow(rowElements[i]);
            var repeat = Math.Max(1, Repeat(rowElements[i], "number-rows-repeated"));
            for (var r = 0; r < repeat; r++)
            {
                rows.Add(cells);
            }
        }

        return new OdsSheet(table.Attribute(Table + "name")?.Value ?? string.Empty, rows);
    }

    private static bool IsEmpty(XElement row) => !row.Elements().Any(c => IsCell(c) && c.HasElements);

    private static bool IsCell(XElement element) =>
        element.Name == Table + "table-cell" || element.Name == Table + "covered-table-cell";

    private static SpreadsheetCell?[] ReadRow(XElement row)
    {
        var cellElements = row.Elements().Where(IsCell).ToList();
        var last = cellElements.FindLastIndex(c => c.HasElements);
        var cells = new List<SpreadsheetCell?>();
        for (var i = 0; i <= last; i++)
        {
            var cell = ReadCell(cellElements[i]);
            var repeat = Math.Max(1, Repeat(cellElements[i], "number-columns-repeated"));
            for (var r = 0; r < repeat; r++)
            {
                cells.Add(cell);
            }
        }

        return [.. cells];
    }

    private static int Repeat(XElement element, string attribute) =>
        int.TryParse(element.Attribute(Table + attribute)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count)
            ? count
            : 1;

    private static SpreadsheetCell ReadCell(XElement cell)
    {
        var type = cell.Attribute(Office + "value-type")?.Value;
        var formula = !string.IsNullOrEmpty(cell.Attribute(Table + "formula")?.Value);
        switch (type)
        {
            case "boolean":
                var flag = string.Equals(cell.Attribute(Office + "boolean-value")?.Value, "true", StringComparison.OrdinalIgnoreCase);
                return new SpreadsheetCell(formula ? SpreadsheetCellKind.BooleanFormula : SpreadsheetCellKind.Boolean, flag);
            case "float" or "currency" or "percentage":
                var number = double.Parse(cell.Attribute(Office + "value")?.Value ?? "0", NumberStyles.Float, CultureInfo.InvariantCulture);
                return new SpreadsheetCell(formula ? SpreadsheetCellKind.NumberFormula : SpreadsheetCellKind.Number, number);
            case "date" or "time":
                return new SpreadsheetCell(formula ? SpreadsheetCellKind.DateFormula : SpreadsheetCellKind.Date, ReadDate(cell, type));
            case "string":
                var text = cell.Attribute(Office + "string-value")?.Value ?? ParagraphText(cell);
                return new SpreadsheetCell(formula ? SpreadsheetCellKind.StringFormula : SpreadsheetCellKind.Label, text);
            default:
                return SpreadsheetCell.Empty;
        }
    }

    private static DateTime ReadDate(XElement cell, string type)
    {
        if (type == "time")
        {
            // A time value is an ISO 8601 duration on the spreadsheet epoch, 1899-12-30.
            var duration = XmlConvert.ToTimeSpan(cell.Attribute(Office + "time-value")?.Value ?? "PT0S");
            return new DateTime(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified).Add(duration);
        }

        var value = cell.Attribute(Office + "date-value")?.Value ?? string.Empty;
        return DateTime.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.None);
    }

    private static string ParagraphText(XElement cell)
    {
        var paragraphs = cell.Elements(Text + "p").Select(p =>
        {
            var builder = new StringBuilder();
            AppendText(p, builder);
            return builder.ToString();
        });
        return string.Join("\n", paragraphs);
    }

    private static void AppendText(XElement element, StringBuilder builder)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText text)
            {
                builder.Append(text.Value);
            }
            else if (node is XElement child)
            {
                if (child.Name == Text + "s")
                {
                    builder.Append(' ', Math.Max(1, int.TryParse(child.Attribute(Text + "c")?.Value, out var count) ? count : 1));
                }
                else if (child.Name == Text + "tab")
                {
                    builder.Append('\t');
                }
                else if (child.Name == Text + "line-break")
                {
                    builder.Append('\n');
                }
                else
                {
                    AppendText(child, builder);
                }
            }
        }
    }

    private sealed class OdsSheet(string name, List<SpreadsheetCell?[]> rows) : ISpreadsheetSheet
    {
        public string Name { get; } = name;

        public int RowCount => rows.Count;

        public SpreadsheetCell?[]? GetRow(int rowIndex) => rowIndex < rows.Count ? rows[rowIndex] : null;
    }
}
