using Orleans.AsyncHop.Engine.Pipelines.Transforms.Grouping;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Unique rows (HashSet): passes on the first row of each distinct combination of the compare fields (all
/// fields when none are listed) without needing sorted input; later duplicates can go to the error hop.
/// </summary>
[Transform("UniqueRowsByHashSet")]
public sealed class UniqueRowsByHashSetTransform : TransformBase
{
    private List<string> fields = [];
    private bool rejectDuplicates;
    private string errorDescription = string.Empty;
    private HashSet<object?[]>? seen;

    public override void Init()
    {
        fields = Meta.Element.Element("fields")?.Elements("field").Select(f => f.TagOrEmpty("name")).ToList() ?? [];
        rejectDuplicates = Meta.Element.Flag("reject_duplicate_row");
        errorDescription = Resolve(Meta.Element.Tag("error_description"));
    }

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (seen is null)
        {
            var indexes = fields.Count == 0
                ? Enumerable.Range(0, input.Count).ToArray()
                : fields.Select(f => input.RequireIndex(f, Name)).ToArray();
            seen = new HashSet<object?[]>(new RowKeyComparer(input, indexes));
        }

        if (seen.Add(row))
        {
            await PutRowAsync(input, row, cancellationToken);
            return;
        }

        if (rejectDuplicates)
        {
            await PutErrorAsync(input, row, 1, errorDescription, string.Join(",", fields), "UNRH001", cancellationToken);
        }
    }

    /// <summary>Equality of rows on some fields, with Hop's value comparison.</summary>
    private sealed class RowKeyComparer(RowMeta meta, int[] indexes) : IEqualityComparer<object?[]>
    {
        public bool Equals(object?[]? x, object?[]? y) =>
            indexes.All(i => ValueCompare.Compare(meta[i], x![i], meta[i], y![i]) == 0);

        public int GetHashCode(object?[] row)
        {
            var hash = new HashCode();
            foreach (var i in indexes)
            {
                hash.Add(ValueConverter.IsNull(meta[i], row[i]) ? 0 : new ValueComparer(meta[i]).GetHashCode(row[i]!));
            }

            return hash.ToHashCode();
        }
    }
}
