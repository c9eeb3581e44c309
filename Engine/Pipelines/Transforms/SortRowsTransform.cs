using Orleans.AsyncHop.Engine.Pipelines.Transforms.Sorting;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Sort rows: sorts the whole input on one or more fields. Above the sort size the rows are sorted in
/// chunks that are written to temporary files and merged at the end. With "only unique rows" a row whose
/// sort fields equal the previous row's is dropped.
/// </summary>
[Transform("SortRows")]
public sealed class SortRowsTransform : TransformBase
{
    private const int DefaultSortSize = 1_000_000;

    private List<(string Name, bool Ascending, bool CaseSensitive)> fields = [];
    private int sortSize = DefaultSortSize;
    private bool uniqueRows;
    private string directory = Path.GetTempPath();
    private string prefix = "out";

    public override void Init()
    {
        fields = Meta.Element.Element("fields")?.Elements("field")
            .Select(f => (f.TagOrEmpty("name"), f.Flag("ascending", true), f.Flag("case_sensitive", true)))
            .ToList() ?? [];
        uniqueRows = Meta.Element.Flag("unique_rows");
        var size = Resolve(Meta.Element.Tag("sort_size"));
        sortSize = int.TryParse(size, out var parsed) && parsed > 0 ? parsed : DefaultSortSize;
        var folder = Resolve(Meta.Element.Tag("directory"));
        directory = string.IsNullOrWhiteSpace(folder) ? Path.GetTempPath() : folder;
        prefix = Resolve(Meta.Element.Tag("prefix"));
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new List<object?[]>();
        var spills = new List<RowSpillFile>();
        RowComparer? comparer = null;
        try
        {
            while (await GetRowAsync(cancellationToken) is { } row)
            {
                comparer ??= CreateComparer(InputRowMeta!);
                buffer.Add(row);
                if (buffer.Count >= sortSize)
                {
                    spills.Add(Spill(buffer, comparer));
                    buffer.Clear();
                }
            }

            if (comparer is null)
            {
                return;
            }

            var sorted = StableSort(buffer, comparer);
            if (spills.Count == 0)
            {
                await WriteAsync(sorted, comparer, cancellationToken);
                return;
            }

            spills.Add(Spill(sorted, comparer, alreadySorted: true));
            await WriteAsync(Merge(spills, comparer), comparer, cancellationToken);
        }
        finally
        {
            foreach (var spill in spills)
            {
                spill.Dispose();
            }
        }
    }

    private RowComparer CreateComparer(RowMeta meta)
    {
        var keys = fields.Select(f =>
        {
            var index = meta.RequireIndex(f.Name, Name);
            return new SortKey(index, meta[index] with { CaseInsensitive = !f.CaseSensitive }, f.Ascending);
        }).ToList();
        return new RowComparer(keys);
    }

    private async Task WriteAsync(IEnumerable<object?[]> rows, RowComparer comparer, CancellationToken cancellationToken)
    {
        var meta = InputRowMeta!;
        object?[]? previous = null;
        foreach (var row in rows)
        {
            if (uniqueRows && previous is not null && comparer.Compare(previous, row) == 0)
            {
                continue;
            }

            previous = row;
            await PutRowAsync(meta, row, cancellationToken);
        }
    }

    /// <summary>Enumerable.OrderBy is a stable sort: rows with equal keys keep their input order.</summary>
    private static List<object?[]> StableSort(List<object?[]> rows, RowComparer comparer) =>
        rows.OrderBy(row => row, comparer).ToList();

    private RowSpillFile Spill(List<object?[]> rows, RowComparer comparer, bool alreadySorted = false)
    {
        var file = new RowSpillFile(directory, prefix);
        foreach (var row in alreadySorted ? rows : StableSort(rows, comparer))
        {
            file.Write(row);
        }

        file.Rewind();
        return file;
    }

    /// <summary>Merges sorted spill files; on equal keys the earlier file wins, which keeps the sort stable.</summary>
    private static IEnumerable<object?[]> Merge(List<RowSpillFile> files, RowComparer comparer)
    {
        var queue = new PriorityQueue<(object?[] Row, int File), (object?[] Row, int File)>(
            Comparer<(object?[] Row, int File)>.Create((a, b) =>
            {
                var result = comparer.Compare(a.Row, b.Row);
                return result != 0 ? result : a.File.CompareTo(b.File);
            }));
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i].Read() is { } first)
            {
                queue.Enqueue((first, i), (first, i));
            }
        }

        while (queue.TryDequeue(out var next, out _))
        {
            yield return next.Row;
            if (files[next.File].Read() is { } row)
            {
                queue.Enqueue((row, next.File), (row, next.File));
            }
        }
    }
}
