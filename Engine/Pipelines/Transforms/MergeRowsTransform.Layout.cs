using Orleans.AsyncHop.Engine.Json;
using System.Globalization;
using System.Text;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>Merge rows: input layouts, their alignment by field name and the JSON list of changes.</summary>
public sealed partial class MergeRowsTransform
{
    private MergeRowsLayout BuildLayout(RowMeta? referenceMeta, RowMeta? compareMeta)
    {
        var referenceLayout = referenceMeta ?? compareMeta ?? RowMeta.Empty;
        var compareLayout = compareMeta ?? referenceLayout;
        RowMeta compared;
        int[]? compareMapping = null;
        if (alignLayouts)
        {
            var fields = referenceLayout.Fields.ToList();
            foreach (var field in compareLayout.Fields)
            {
                if (!fields.Any(f => f.Name.Equals(field.Name, StringComparison.Ordinal)))
                {
                    fields.Add(field);
                }
            }

            compared = new RowMeta(fields);
            compareMapping = compareLayout.Fields.Select(f => compared.IndexOf(f.Name)).ToArray();
        }
        else
        {
            CheckSameLayout(referenceLayout, compareLayout);
            compared = referenceLayout;
        }

        var passThroughIndexes = new int[passThroughFields.Count];
        var passThroughMetas = new List<ValueMeta>();
        for (var i = 0; i < passThroughFields.Count; i++)
        {
            var field = passThroughFields[i];
            var side = field.FromReference ? referenceLayout : compareLayout;
            passThroughIndexes[i] = side.IndexOf(field.Source);
            if (passThroughIndexes[i] < 0)
            {
                throw Failure($"the pass-through field '{field.Source}' was not found in the " +
                    $"{(field.FromReference ? "reference" : "compare")} stream ({side}).");
            }

            var meta = side[passThroughIndexes[i]];
            passThroughMetas.Add(field.RenameTo.Length > 0 ? meta.Rename(field.RenameTo) : meta);
        }

        var added = new List<ValueMeta>();
        if (diffField.Length > 0)
        {
            added.Add(new ValueMeta(diffField, HopValueType.String));
        }

        added.Add(new ValueMeta(flagField, HopValueType.String));
        added.AddRange(passThroughMetas);
        var output = compared.Add([.. added]);
        return new MergeRowsLayout(this, compared, compareLayout, compareMapping, output, passThroughIndexes);
    }

    private void CheckSameLayout(RowMeta referenceMeta, RowMeta compareMeta)
    {
        const string Hint = "Keys and values must have the same structure and positions in both streams, " +
            "or set 'align input layouts'";
        if (referenceMeta.Count != compareMeta.Count)
        {
            throw Failure($"the reference stream has {referenceMeta.Count} fields and the compare stream " +
                $"{compareMeta.Count} ({compareMeta}). {Hint}.");
        }

        for (var i = 0; i < referenceMeta.Count; i++)
        {
            var left = referenceMeta[i];
            var right = compareMeta[i];
            if (!left.Name.Equals(right.Name, StringComparison.OrdinalIgnoreCase) || left.Type != right.Type)
            {
                throw Failure($"field {i + 1} is '{left.Name}' {HopValueTypes.Name(left.Type)} in the reference " +
                    $"stream but '{right.Name}' {HopValueTypes.Name(right.Type)} in the compare stream. {Hint}.");
            }
        }
    }

    /// <summary>
    /// Compares the value fields and writes the differing ones as {"changes":[{"field":{"from":..,"to":..}}]},
    /// the layout Hop builds with json-simple. Returns true when any value differs.
    /// </summary>
    private static bool DescribeChanges(RowMeta meta, object?[] one, object?[] two, int[] values, out string json)
    {
        var changes = new List<string>();
        foreach (var index in values)
        {
            var field = meta[index];
            if (ValueCompare.Compare(field, one[index], field, two[index]) == 0)
            {
                continue;
            }

            changes.Add("{" + JsonText(field.Name) + ":{\"from\":" + JsonValue(one[index]) + ",\"to\":" +
                JsonValue(two[index]) + "}}");
        }

        json = changes.Count == 0 ? NoChangesJson : "{\"changes\":[" + string.Join(',', changes) + "]}";
        return changes.Count > 0;
    }

    /// <summary>Writes a value as json-simple does: text quoted, numbers and booleans bare, others by toString().</summary>
    private static string JsonValue(object? value) => value switch
    {
        null => "null",
        string text => JsonText(text),
        double number when double.IsNaN(number) || double.IsInfinity(number) => "null",
        _ => JavaValueText.ToJavaString(value) ?? "null",
    };

    /// <summary>Quotes text with json-simple's escapes, which also escape '/' and some Unicode ranges.</summary>
    private static string JsonText(string text) => "\"" + JsonSimpleObject.Escape(text) + "\"";

    /// <summary>The layout rows are compared in, the output layout and the mapping of compare rows onto it.</summary>
    private sealed class MergeRowsLayout(
        MergeRowsTransform owner, RowMeta compared, RowMeta compareMeta, int[]? compareMapping, RowMeta output,
        int[] passThroughIndexes)
    {
        public RowMeta Compared { get; } = compared;

        public RowMeta Output { get; } = output;

        public int[] PassThroughIndexes { get; } = passThroughIndexes;

        public int FindField(string name)
        {
            var index = Compared.IndexOf(name);
            if (index < 0)
            {
                var where = compareMapping is null ? "the reference stream" : "the aligned input layout";
                throw owner.Failure($"the field '{name}' was not found in {where} ({Compared}).");
            }

            return index;
        }

        public object?[]? AlignReference(object?[]? row)
        {
            return row is null || compareMapping is null ? row : RowMeta.Resize(row, Compared.Count);
        }

        public object?[]? AlignCompare(object?[]? row)
        {
            if (row is null || compareMapping is null)
            {
                return row;
            }

            var aligned = new object?[Compared.Count];
            for (var i = 0; i < compareMapping.Length && i < row.Length; i++)
            {
                var target = compareMapping[i];
                var from = compareMeta[i];
                var to = Compared[target];
                aligned[target] = from.Type == to.Type ? row[i] : ConvertValue(row[i], from, to);
            }

            return aligned;
        }

        private object? ConvertValue(object? value, ValueMeta from, ValueMeta to)
        {
            try
            {
                return ValueConverter.Convert(value, from, to);
            }
            catch (Exception exception)
                when (exception is FormatException or InvalidCastException or OverflowException or HopException)
            {
                throw owner.Failure($"the compare field '{from.Name}' value [{value}] cannot be converted from " +
                    $"{HopValueTypes.Name(from.Type)} to the reference type {HopValueTypes.Name(to.Type)}.", exception);
            }
        }
    }
}
