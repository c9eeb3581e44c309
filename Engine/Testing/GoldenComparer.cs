using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Testing;

/// <summary>
/// Compares the rows a transform received with a golden data set, as Hop's unit tests do: the row counts
/// must match; with a field order both sides are sorted on it first; every mapped field is compared after
/// converting the golden value to the transform field's type; numbers are equal within one millionth.
/// </summary>
public static class GoldenComparer
{
    private const double Epsilon = 0.000001;

    /// <summary>Returns one message per difference; an empty list means the transform output matches.</summary>
    public static List<string> Compare(
        string testName,
        UnitTestLocation location,
        RowMeta actualMeta,
        IReadOnlyList<object?[]> actualRows,
        RowMeta goldenMeta,
        IReadOnlyList<object?[]> goldenRows)
    {
        var prefix = $"Unit test '{testName}', transform '{location.TransformName}', golden data set '{location.DataSetName}'";
        if (actualRows.Count != goldenRows.Count)
        {
            return [$"{prefix}: expected {goldenRows.Count} row(s) but the transform received {actualRows.Count}."];
        }

        var actual = actualRows.ToList();
        if (location.HasSortOrder)
        {
            var sortIndexes = location.FieldOrder
                .Select(f => location.FindTransformField(f)
                    ?? throw new HopException($"{prefix}: the sort field '{f}' is not mapped to a transform field."))
                .Select(f => RequireIndex(actualMeta, f, prefix, "transform results"))
                .ToArray();
            actual = RowSorting.Sort(actual, actualMeta, sortIndexes);
        }

        var pairs = location.FieldMappings
            .Select(m => (
                Actual: RequireIndex(actualMeta, m.TransformField, prefix, "transform results"),
                Golden: RequireIndex(goldenMeta, m.DataSetField, prefix, "golden data set")))
            .ToArray();
        var failures = new List<string>();
        for (var rowNumber = 0; rowNumber < actual.Count; rowNumber++)
        {
            foreach (var (actualIndex, goldenIndex) in pairs)
            {
                var fieldMeta = actualMeta[actualIndex];
                var value = actual[rowNumber][actualIndex];
                var golden = goldenRows[rowNumber][goldenIndex];
                if (!AreEqual(fieldMeta, value, goldenMeta[goldenIndex], golden, out var expected))
                {
                    failures.Add(
                        $"{prefix}: row {rowNumber + 1}, field '{fieldMeta.Name}': expected [{expected}] " +
                        $"but was [{ValueConverter.ToText(fieldMeta, value)}].");
                }
            }
        }

        return failures;
    }

    /// <summary>
    /// Compares after converting the golden value to the transform field's type; <paramref name="expected"/>
    /// is the golden value as text in the transform field's format, for the failure message.
    /// </summary>
    private static bool AreEqual(ValueMeta meta, object? value, ValueMeta goldenMeta, object? golden, out string? expected)
    {
        object? converted;
        try
        {
            converted = goldenMeta.Type == meta.Type ? golden : ValueConverter.Convert(golden, goldenMeta, meta);
            expected = ValueConverter.ToText(meta, converted);
        }
        catch (HopException)
        {
            expected = ValueConverter.ToText(goldenMeta, golden);
            return false;
        }

        if (ValueCompare.Compare(meta, value, meta, converted) == 0)
        {
            return true;
        }

        if (!IsNumeric(meta.Type) || ValueConverter.IsNull(meta, value) || ValueConverter.IsNull(meta, converted))
        {
            return false;
        }

        var left = System.Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
        var right = System.Convert.ToDouble(converted, System.Globalization.CultureInfo.InvariantCulture);
        return Math.Abs(left - right) <= Epsilon || left.Equals(right);
    }

    private static bool IsNumeric(HopValueType type) =>
        type is HopValueType.Integer or HopValueType.Number or HopValueType.BigNumber;

    private static int RequireIndex(RowMeta meta, string field, string prefix, string side)
    {
        var index = meta.IndexOf(field);
        return index >= 0
            ? index
            : throw new HopException($"{prefix}: field '{field}' is not in the {side} ({meta}).");
    }
}
