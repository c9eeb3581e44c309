using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

/// <summary>
/// Checks a corpus unit-test pipeline against its golden data sets without Hop's unit-test framework: the
/// pipeline runs with a Rows to result transform fed by the golden transform, and the rows are compared
/// field by field with the golden CSV, both sorted on the test's field order.
/// </summary>
public static class GoldenDataCheck
{
    /// <summary>Returns one line per difference; empty when every golden data set matches.</summary>
    public static async Task<List<string>> RunAsync(string project, string unitTest)
    {
        var home = TestPaths.CopyCorpusProject(project);
        var test = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(home, "metadata", "unit-test", unitTest + ".json")))!;
        var pipeline = Path.GetFullPath(Path.Combine(home, test["pipeline_filename"]!.GetValue<string>()));
        var problems = new List<string>();
        foreach (var golden in test["golden_data_sets"]!.AsArray())
        {
            var transform = golden!["transform_name"]!.GetValue<string>();
            var copy = Path.Combine(home, $"golden-{Guid.NewGuid():N}.hpl");
            var document = XDocument.Load(pipeline, LoadOptions.PreserveWhitespace);
            var root = document.Root!;
            if (!root.Elements("transform").Any(t => (string?)t.Element("name") == transform))
            {
                // Hop's unit tests also keep golden data sets of transforms that were since renamed or removed.
                continue;
            }

            root.Element("order")!.Add(new XElement("hop", new XElement("from", transform), new XElement("to", "__golden"), new XElement("enabled", "Y")));
            root.Add(new XElement("transform", new XElement("name", "__golden"), new XElement("type", "RowsToResult"), new XElement("copies", "1")));
            document.Save(copy, SaveOptions.DisableFormatting);
            var outcome = await LocalRunner.RunFileAsync(copy, home, new Dictionary<string, string>());
            if (!outcome.Success)
            {
                problems.Add($"{transform}: pipeline failed: {outcome.ErrorDescription}");
                continue;
            }

            problems.AddRange(Compare(home, golden, outcome.Result.Rows).Select(p => $"{transform}: {p}"));
        }

        return problems;
    }

    private static IEnumerable<string> Compare(string home, JsonNode golden, List<ResultRow> actual)
    {
        var dataSet = JsonNode.Parse(File.ReadAllText(Path.Combine(home, "metadata", "dataset", golden["data_set_name"]!.GetValue<string>() + ".json")))!;
        var fields = dataSet["dataset_fields"]!.AsArray().Select(f => new ValueMeta(
            f!["field_name"]!.GetValue<string>(), (HopValueType)f["field_type"]!.GetValue<int>())
        {
            ConversionMask = f["field_format"]?.GetValue<string>() is { Length: > 0 } mask ? mask : null,
        }).ToList();
        var lines = File.ReadAllLines(Path.Combine(home, "datasets", dataSet["base_filename"]!.GetValue<string>()));
        var header = SplitCsv(lines[0]);
        var expected = lines.Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var cells = SplitCsv(line);
            return fields.Select(f => ValueConverter.FromString(f, Cell(cells, header.IndexOf(f.Name)))).ToArray();
        }).ToList();
        var mappings = golden["field_mappings"]!.AsArray()
            .Select(m => (Transform: m!["transform_field"]!.GetValue<string>(), DataSet: m["data_set_field"]!.GetValue<string>()))
            .ToList();
        var order = golden["field_order"]!.AsArray().Select(o => fields.FindIndex(f => f.Name == o!.GetValue<string>())).Where(i => i >= 0).ToList();
        var converted = new List<object?[]>();
        foreach (var row in actual)
        {
            var values = new object?[fields.Count];
            foreach (var (transformField, dataSetField) in mappings)
            {
                var target = fields.FindIndex(f => f.Name == dataSetField);
                var source = row.Meta.IndexOf(transformField);
                if (source < 0)
                {
                    yield return $"field '{transformField}' is missing from the output ({row.Meta}).";
                    yield break;
                }

                values[target] = ValueConverter.Convert(row.Values[source], row.Meta[source], fields[target]);
            }

            converted.Add(values);
        }

        if (converted.Count != expected.Count)
        {
            yield return $"expected {expected.Count} rows but got {converted.Count}: {string.Join(" | ", converted.Select(r => Show(fields, r)))}";
            yield break;
        }

        var comparer = Comparer<object?[]>.Create((a, b) =>
        {
            foreach (var i in order)
            {
                var result = ValueCompare.Compare(fields[i], a[i], fields[i], b[i]);
                if (result != 0)
                {
                    return result;
                }
            }

            return 0;
        });
        var sortedExpected = expected.Order(comparer).ToList();
        var sortedActual = converted.Order(comparer).ToList();
        for (var r = 0; r < sortedExpected.Count; r++)
        {
            var mapped = mappings.Select(m => fields.FindIndex(f => f.Name == m.DataSet));
            if (mapped.Any(i => !SameValue(fields[i], sortedExpected[r][i], sortedActual[r][i])))
            {
                yield return $"row {r + 1}: expected [{Show(fields, sortedExpected[r])}] but got [{Show(fields, sortedActual[r])}]";
            }
        }
    }

    /// <summary>Compares as Hop's unit tests do: numbers within one millionth are equal.</summary>
    private static bool SameValue(ValueMeta meta, object? expected, object? actual) =>
        ValueCompare.Compare(meta, expected, meta, actual) == 0
        || (expected is double e && actual is double a && Math.Abs(e - a) <= 0.000001);

    private static string Show(List<ValueMeta> fields, object?[] row) =>
        string.Join(", ", row.Select(v => v is null ? "null" : JavaValueText.ToJavaString(v)));

    private static string? Cell(List<string?> cells, int index) => index >= 0 && index < cells.Count ? cells[index] : null;

    private static List<string?> SplitCsv(string line)
    {
        var cells = new List<string?>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
                wasQuoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.Length == 0 && !wasQuoted ? null : cell.ToString());
                cell.Clear();
                wasQuoted = false;
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.Length == 0 && !wasQuoted ? null : cell.ToString());
        return cells;
    }
}
