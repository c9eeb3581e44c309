using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Analytic query: adds LEAD and LAG fields that take the subject field's value N rows ahead or behind
/// within the same group of consecutive rows (the input is expected to be sorted on the group fields).
/// A row outside the group or the window gives null. Each added field has the subject field's metadata.
/// </summary>
/// <remarks>
/// As in Hop, rows are kept in a queue of 2 × W + 1 rows, where W is the largest offset, and a row is
/// written once W rows after it have arrived or its group ends. Offsets only reach rows in that queue,
/// so a negative offset finds no row behind when every offset is negative.
/// </remarks>
[Transform("AnalyticQuery")]
public sealed class AnalyticQueryTransform : TransformBase
{
    private readonly List<object?[]> queue = [];
    private List<string> groupFields = [];
    private List<QueryField> queryFields = [];
    private int windowSize;
    private long queueSize;
    private int queueCursor;
    private RowMeta? input;
    private RowMeta? output;
    private int[] groupIndexes = [];
    private int[] subjectIndexes = [];
    private object?[]? previous;

    public override void Init()
    {
        groupFields = Meta.Element.Element("group")?.Elements("field").Select(f => f.TagOrEmpty("name")).ToList() ?? [];
        queryFields = Meta.Element.Element("fields")?.Elements("field").Select(ReadField).ToList() ?? [];
        windowSize = Math.Max(0, queryFields.Select(f => f.Offset).DefaultIfEmpty(0).Max());
        // Computed in long so the largest offsets do not overflow: the queue then spans the whole group.
        queueSize = (windowSize * 2L) + 1;
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => inputMeta is null ? null : OutputLayout(inputMeta);

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        if (input is null)
        {
            input = InputRowMeta!;
            output = OutputLayout(input);
            groupIndexes = groupFields.Select(IndexOfGroupField).ToArray();
            subjectIndexes = queryFields.Select(f => input.IndexOf(f.Subject)).ToArray();
        }

        if (previous is null || !SameGroup(previous, row))
        {
            await FlushQueueAsync(cancellationToken);
            queue.Clear();
            queueCursor = 0;
        }

        queue.Add(row);
        if (queue.Count > queueSize)
        {
            queue.RemoveAt(0);
        }

        previous = row;
        if (queue.Count < queueSize)
        {
            return;
        }

        if (queueCursor > windowSize)
        {
            await WriteQueuedRowAsync(windowSize, cancellationToken);
            return;
        }

        while (queueCursor <= windowSize)
        {
            await WriteQueuedRowAsync(queueCursor, cancellationToken);
            queueCursor++;
        }
    }

    protected override Task FinishAsync(CancellationToken cancellationToken) => FlushQueueAsync(cancellationToken).AsTask();

    private async ValueTask FlushQueueAsync(CancellationToken cancellationToken)
    {
        for (var index = queueCursor; index < queue.Count; index++)
        {
            await WriteQueuedRowAsync(index, cancellationToken);
        }

        queueCursor = queue.Count;
    }

    private ValueTask WriteQueuedRowAsync(int index, CancellationToken cancellationToken)
    {
        var row = RowMeta.Resize(queue[index], output!.Count);
        for (var j = 0; j < queryFields.Count; j++)
        {
            var field = queryFields[j];
            var source = field.Type switch
            {
                AnalyticType.Lag => index - field.Offset,
                AnalyticType.Lead => index + field.Offset,
                _ => index,
            };
            row[input!.Count + j] = source >= 0 && source < queue.Count ? queue[source][subjectIndexes[j]] : null;
        }

        return PutRowAsync(output, row, cancellationToken);
    }

    private bool SameGroup(object?[] left, object?[] right)
    {
        foreach (var index in groupIndexes)
        {
            if (ValueCompare.Compare(input![index], left[index], input[index], right[index]) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private int IndexOfGroupField(string name)
    {
        var index = input!.IndexOf(name);
        if (index < 0)
        {
            throw Failure($"the group field '{name}' was not found in the input row ({input}).");
        }

        return index;
    }

    private RowMeta OutputLayout(RowMeta inputMeta)
    {
        var added = new List<ValueMeta>();
        foreach (var field in queryFields)
        {
            var subject = inputMeta.IndexOf(field.Subject);
            if (subject < 0)
            {
                throw Failure($"the subject field '{field.Subject}' of '{field.Name}' was not found in the input row " +
                    $"({inputMeta}).");
            }

            added.Add(inputMeta[subject].Rename(field.Name));
        }

        return inputMeta.Add([.. added]);
    }

    private QueryField ReadField(System.Xml.Linq.XElement element)
    {
        var name = element.TagOrEmpty("aggregate");
        var typeText = element.TagOrEmpty("type").Trim();
        var type = typeText.ToUpperInvariant() switch
        {
            "LEAD" => AnalyticType.Lead,
            "LAG" => AnalyticType.Lag,
            "" or "NONE" => AnalyticType.None,
            _ => throw Failure($"the type '{typeText}' of analytic field '{name}' is invalid. Use LEAD or LAG."),
        };
        var offsetText = Resolve(element.Tag("valuefield")).Trim();
        var offset = 1;
        if (offsetText.Length > 0 && !int.TryParse(offsetText, System.Globalization.CultureInfo.InvariantCulture, out offset))
        {
            throw Failure($"the offset '{offsetText}' of analytic field '{name}' is not an integer.");
        }

        return new QueryField(name, element.TagOrEmpty("subject"), type, offset);
    }

    private enum AnalyticType
    {
        None,
        Lead,
        Lag,
    }

    private sealed record QueryField(string Name, string Subject, AnalyticType Type, int Offset);
}
