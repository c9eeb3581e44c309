using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Add sequence with a counter in the transform: appends an Integer that starts at "start at" and grows by
/// "increment by", going back to the start after the maximum. All copies of the transform in one pipeline
/// run share the counter (named after the counter name, else the field name), as in Hop.
/// </summary>
[Transform("Sequence")]
public sealed class SequenceTransform : TransformBase
{
    private static readonly ConditionalWeakTable<PipelineExecution, ConcurrentDictionary<string, SequenceCounter>> SharedCounters = new();

    private string valueName = string.Empty;
    private SequenceCounter counter = null!;
    private RowMeta? lastInput;
    private RowMeta? output;

    public override void Init()
    {
        valueName = Meta.Element.TagOrEmpty("valuename");
        if (Meta.Element.Flag("use_database"))
        {
            throw Failure("a database sequence needs a database connection, which this engine does not support.");
        }

        var start = ParseSetting("start_at", "start");
        var increment = ParseSetting("increment_by", "increment");
        var maximum = ParseSetting("max_value", "maximum");
        var counterName = Resolve(Meta.Element.Tag("counter_name"));
        var lookup = string.IsNullOrEmpty(counterName) ? valueName : counterName;
        var counters = SharedCounters.GetValue(Pipeline, _ => new ConcurrentDictionary<string, SequenceCounter>(StringComparer.Ordinal));
        counter = counters.GetOrAdd(lookup, _ => new SequenceCounter(start, increment, maximum));
    }

    private long ParseSetting(string tag, string label)
    {
        var text = Resolve(Meta.Element.Tag(tag));
        return long.TryParse(text.Trim(), out var value)
            ? value
            : throw Failure($"the counter {label} value '{text}' is not an integer.");
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) =>
        inputMeta?.Add(new ValueMeta(valueName, HopValueType.Integer));

    protected override ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (!ReferenceEquals(input, lastInput))
        {
            lastInput = input;
            output = input.Add(new ValueMeta(valueName, HopValueType.Integer));
        }

        var result = RowMeta.Resize(row, output!.Count);
        result[input.Count] = counter.GetAndNext();
        return PutRowAsync(output, result, cancellationToken);
    }

    /// <summary>A thread-safe counter that loops back to its start after passing the maximum.</summary>
    private sealed class SequenceCounter(long first, long increment, long maximum)
    {
        private readonly Lock gate = new();
        private readonly long start = first;
        private long value = first;

        public long GetAndNext()
        {
            lock (gate)
            {
                var current = value;
                var next = value + increment;
                if (increment < 0 && maximum < start && next < maximum)
                {
                    next = start;
                }
                else if (increment > 0 && maximum > start && next > maximum)
                {
                    next = start;
                }

                value = next;
                return current;
            }
        }
    }
}
