using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Unique rows: drops a row equal to the previous one on the compare fields (all fields when none are
/// listed), so the input must be sorted. It can add the number of equal rows and send duplicates to the
/// error hop. Like Hop, the comparison is case-sensitive whatever the per-field "ignore case" says,
/// because Hop compares with the output layout that does not carry that flag.
/// </summary>
[Transform("Unique")]
public sealed class UniqueTransform : TransformBase
{
    private bool countRows;
    private string countField = string.Empty;
    private bool rejectDuplicates;
    private string errorDescription = string.Empty;
    private List<string> fields = [];

    public override void Init()
    {
        countRows = Meta.Element.Flag("count_rows");
        countField = Meta.Element.TagOrEmpty("count_field");
        rejectDuplicates = Meta.Element.Flag("reject_duplicate_row");
        errorDescription = Resolve(Meta.Element.Tag("error_description"));
        fields = Meta.Element.Element("fields")?.Elements("field").Select(f => f.TagOrEmpty("name")).ToList() ?? [];
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        countRows ? inputMeta?.Add(new ValueMeta(countField, HopValueType.Integer)) : inputMeta;

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        object?[]? previous = null;
        long counter = 0;
        RowMeta? output = null;
        int[] indexes = [];
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            var input = InputRowMeta!;
            if (output is null)
            {
                output = DescribeOutput(input)!;
                indexes = fields.Count == 0
                    ? Enumerable.Range(0, input.Count).ToArray()
                    : fields.Select(f => input.RequireIndex(f, Name)).ToArray();
                previous = row;
            }

            if (indexes.All(i => ValueCompare.Compare(input[i], row[i], input[i], previous![i]) == 0))
            {
                if (rejectDuplicates && !ReferenceEquals(row, previous))
                {
                    var errorRow = countRows ? WithCount(row, output.Count, counter) : row;
                    await PutErrorAsync(output, errorRow, 1, errorDescription, string.Join(",", fields), "UNR001", cancellationToken);
                }

                counter++;
                continue;
            }

            await PutRowAsync(output, countRows ? WithCount(previous!, output.Count, counter) : previous!, cancellationToken);
            previous = row;
            counter = 1;
        }

        if (previous is not null)
        {
            await PutRowAsync(output!, countRows ? WithCount(previous, output!.Count, counter) : previous, cancellationToken);
        }
    }

    private static object?[] WithCount(object?[] row, int size, long count)
    {
        var result = RowMeta.Resize(row, size);
        if (ReferenceEquals(result, row))
        {
            result = (object?[])row.Clone();
        }

        result[size - 1] = count;
        return result;
    }
}
