using System.Text.Json.Nodes;
using Orleans.AsyncHop.Engine.Projects;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Variables;

namespace Orleans.AsyncHop.Engine.Testing;

/// <summary>
/// A data set as stored in <c>metadata/dataset/&lt;name&gt;.json</c>: typed fields and a CSV file with a header
/// line in HOP_DATASETS_FOLDER. Values are parsed with each field's format, or with the data set defaults
/// (Integer <c>0</c>, Number <c>0.#</c>, Date <c>yyyyMMdd-HHmmss.SSS</c>) when the format is empty.
/// </summary>
public sealed class DataSet
{
    public const string MetadataType = "dataset";

    public required string Name { get; init; }

    public required string BaseFilename { get; init; }

    public required RowMeta Fields { get; init; }

    public static DataSet Load(MetadataStore metadata, string name)
    {
        var json = metadata.Find(MetadataType, name)
            ?? throw new HopException($"Data set '{name}' does not exist in {Path.Combine(metadata.Folder, MetadataType)}.");
        return Parse(json, name);
    }

    public static DataSet Parse(JsonObject json, string fallbackName)
    {
        var fields = new List<ValueMeta>();
        foreach (var field in json["dataset_fields"]?.AsArray() ?? [])
        {
            var type = (HopValueType)(field?["field_type"]?.GetValue<int>() ?? 0);
            var format = UnitTestLocation.Text(field, "field_format");
            fields.Add(new ValueMeta(UnitTestLocation.Text(field, "field_name"), type)
            {
                Length = field?["field_length"]?.GetValue<int>() ?? -1,
                Precision = field?["field_precision"]?.GetValue<int>() ?? -1,
                ConversionMask = format.Length > 0 ? format : DefaultMask(type),
            });
        }

        var name = UnitTestLocation.Text(json, "name");
        return new DataSet
        {
            Name = name.Length > 0 ? name : fallbackName,
            BaseFilename = UnitTestLocation.Text(json, "base_filename"),
            Fields = new RowMeta(fields),
        };
    }

    /// <summary>The CSV file of the data set: the base file name inside HOP_DATASETS_FOLDER.</summary>
    public string FilePath(VariableSpace variables)
    {
        var folder = variables.Resolve("${" + InternalVariables.DataSetsFolder + "}");
        var file = variables.Resolve(BaseFilename);
        return Path.GetFullPath(Path.Combine(Execution.HopPaths.ToLocalPath(folder), file));
    }

    /// <summary>
    /// Reads the fields a location maps, in mapping order, named as in the data set; sorted on the
    /// location's field order when one is set. A missing file means no rows yet, as in Hop.
    /// </summary>
    public (RowMeta Meta, List<object?[]> Rows) ReadMapped(UnitTestLocation location, VariableSpace variables)
    {
        var indexes = location.FieldMappings.Select(m => RequireField(m.DataSetField)).ToArray();
        var meta = new RowMeta(indexes.Select(i => Fields[i]));
        var rows = ReadColumns(indexes, variables);
        if (location.HasSortOrder)
        {
            var sortIndexes = location.FieldOrder.Select(f => meta.IndexOf(f)).ToArray();
            if (sortIndexes.Any(i => i < 0))
            {
                var order = string.Join(", ", location.FieldOrder);
                throw new HopException($"Data set '{Name}': a sort field of [{order}] is not among the mapped fields ({meta}).");
            }

            rows = RowSorting.Sort(rows, meta, sortIndexes);
        }

        return (meta, rows);
    }

    /// <summary>Reads every field of every row in file order, as the Data set input transform does.</summary>
    public List<object?[]> ReadAll(VariableSpace variables) =>
        ReadColumns(Enumerable.Range(0, Fields.Count).ToArray(), variables);

    private List<object?[]> ReadColumns(int[] indexes, VariableSpace variables)
    {
        var rows = new List<object?[]>();
        var path = FilePath(variables);
        if (!File.Exists(path))
        {
            return rows;
        }

        List<string[]> records;
        using (var reader = new StreamReader(path))
        {
            records = CsvRecordReader.ReadAll(reader);
        }

        for (var line = 1; line < records.Count; line++)
        {
            var record = records[line];
            var row = new object?[indexes.Length];
            for (var i = 0; i < indexes.Length; i++)
            {
                row[i] = ParseValue(path, line, record, indexes[i]);
            }

            rows.Add(row);
        }

        return rows;
    }

    private int RequireField(string name)
    {
        var index = Fields.IndexOf(name);
        return index >= 0
            ? index
            : throw new HopException($"Data set '{Name}' has no field '{name}' (fields: {Fields}).");
    }

    private object? ParseValue(string path, int line, string[] record, int index)
    {
        if (index >= record.Length)
        {
            throw new HopException(
                $"Data set '{Name}' ({path}), line {line + 1}: there is no value for field '{Fields[index].Name}' (column {index + 1}).");
        }

        try
        {
            var meta = Fields[index];
            if (meta.Type == HopValueType.Timestamp && meta.ConversionMask is null && ParseJdbcTimestamp(record[index]) is { } timestamp)
            {
                return timestamp;
            }

            return ValueConverter.FromString(meta, record[index]);
        }
        catch (HopException exception)
        {
            throw new HopException($"Data set '{Name}' ({path}), line {line + 1}: {exception.Message}", exception);
        }
    }

    /// <summary>
    /// Hop reads a timestamp without a format in JDBC form first (<c>yyyy-MM-dd HH:mm:ss[.fffffffff]</c>), the
    /// form data set files store; other text falls back to the field's conversion.
    /// </summary>
    private static DateTime? ParseJdbcTimestamp(string text)
    {
        string[] formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF"];
        return DateTime.TryParseExact(text.Trim(), formats, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var value)
            ? value
            : null;
    }

    private static string? DefaultMask(HopValueType type) => type switch
    {
        HopValueType.Integer => "0",
        HopValueType.Number => "0.#",
        HopValueType.Date => "yyyyMMdd-HHmmss.SSS",
        _ => null,
    };
}
