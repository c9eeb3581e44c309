using System.Text;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Grouping;

/// <summary>
/// The running aggregates of one group, computed as Hop's Group by does: nulls are skipped except by
/// COUNT_ANY and the *_INCL_NULL functions, and averages of Integer fields use integer division.
/// </summary>
internal sealed class GroupAccumulator
{
    private readonly IReadOnlyList<Aggregation> aggregations;
    private readonly RowMeta input;
    private readonly int[] subjects;
    private readonly Func<string?, string> resolve;
    private readonly object?[] values;
    private readonly long[] counts;
    private readonly double[] means;
    private readonly HashSet<object>?[] distinct;

    public GroupAccumulator(IReadOnlyList<Aggregation> aggregations, RowMeta input, int[] subjects, Func<string?, string> resolve)
    {
        this.aggregations = aggregations;
        this.input = input;
        this.subjects = subjects;
        this.resolve = resolve;
        values = new object?[aggregations.Count];
        counts = new long[aggregations.Count];
        means = new double[aggregations.Count];
        distinct = new HashSet<object>?[aggregations.Count];
        Meta = aggregations.Select((a, i) => OutputMeta(a, subjects[i] < 0 ? null : input[subjects[i]])).ToList();
    }

    /// <summary>The metadata of the aggregate fields, in the order of the aggregations.</summary>
    public IReadOnlyList<ValueMeta> Meta { get; }

    /// <summary>The layout of an aggregate field as Hop's Group by declares it.</summary>
    public static ValueMeta OutputMeta(Aggregation aggregation, ValueMeta? subject)
    {
        var numeric = subject?.Type is HopValueType.Integer or HopValueType.Number or HopValueType.BigNumber;
        var type = aggregation.Type switch
        {
            AggregationType.CumulativeAverage when subject?.Type == HopValueType.Integer => HopValueType.Number,
            AggregationType.Sum or AggregationType.Average or AggregationType.CumulativeSum
                or AggregationType.CumulativeAverage => numeric ? subject!.Type : HopValueType.Number,
            AggregationType.First or AggregationType.Last or AggregationType.FirstIncludingNull
                or AggregationType.LastIncludingNull or AggregationType.Min or AggregationType.Max =>
                subject?.Type ?? HopValueType.String,
            AggregationType.CountAll or AggregationType.CountAny or AggregationType.CountDistinct => HopValueType.Integer,
            AggregationType.ConcatComma or AggregationType.ConcatString or AggregationType.ConcatStringCrLf
                or AggregationType.ConcatDistinct => HopValueType.String,
            _ => HopValueType.Number,
        };
        if (subject is not null && type == subject.Type && aggregation.Type is not (AggregationType.CountAll
            or AggregationType.CountAny or AggregationType.CountDistinct))
        {
            return subject with { Name = aggregation.Field, Type = type };
        }

        return new ValueMeta(aggregation.Field, type) { ConversionMask = type == HopValueType.String ? null : subject?.ConversionMask };
    }

    /// <summary>Starts a new group; FIRST_INCL_NULL and the MIN, MAX, FIRST and LAST functions start from its first row.</summary>
    public void Start(object?[]? first)
    {
        Array.Clear(counts);
        Array.Clear(means);
        Array.Clear(distinct);
        for (var i = 0; i < aggregations.Count; i++)
        {
            values[i] = aggregations[i].Type switch
            {
                AggregationType.Median or AggregationType.Percentile or AggregationType.PercentileNearestRank =>
                    new List<double>(),
                AggregationType.ConcatComma or AggregationType.ConcatString or AggregationType.ConcatStringCrLf =>
                    new StringBuilder(),
                AggregationType.ConcatDistinct => new SortedSet<object>(new ValueComparer(input[subjects[i]])),
                AggregationType.First or AggregationType.Last or AggregationType.FirstIncludingNull
                    or AggregationType.LastIncludingNull or AggregationType.Min or AggregationType.Max =>
                    first?[subjects[i]],
                _ => null,
            };
        }
    }

    public void Add(object?[] row)
    {
        for (var i = 0; i < aggregations.Count; i++)
        {
            var subjectMeta = input[Math.Max(subjects[i], 0)];
            var subject = subjects[i] < 0 ? null : row[subjects[i]];
            var isNull = ValueConverter.IsNull(subjectMeta, subject);
            var value = values[i];
            switch (aggregations[i].Type)
            {
                case AggregationType.Sum:
                    values[i] = GroupArithmetic.Sum(Meta[i], value, subjectMeta, subject);
                    break;
                case AggregationType.Average when !isNull:
                    values[i] = GroupArithmetic.Sum(Meta[i], value, subjectMeta, subject);
                    counts[i]++;
                    break;
                case AggregationType.Median or AggregationType.Percentile or AggregationType.PercentileNearestRank
                    when !isNull:
                    ((List<double>)value!).Add(ToDouble(subjectMeta, subject));
                    break;
                case AggregationType.StandardDeviation or AggregationType.StandardDeviationSample when !isNull:
                    // Welford's running variance, as Hop computes it.
                    counts[i]++;
                    var x = ToDouble(subjectMeta, subject);
                    var sum = value is double d ? d : 0.0;
                    var delta = x - means[i];
                    means[i] += delta / counts[i];
                    values[i] = sum + (delta * (x - means[i]));
                    break;
                case AggregationType.CountDistinct when !isNull:
                    distinct[i] ??= new HashSet<object>(new ValueComparer(subjectMeta));
                    if (distinct[i]!.Add(subject!))
                    {
                        values[i] = (value is long l ? l : 0L) + 1;
                    }

                    break;
                case AggregationType.CountAll when !isNull:
                case AggregationType.CountAny:
                    counts[i]++;
                    break;
                case AggregationType.Min when subject is not null:
                    if (value is null || ValueCompare.Compare(subjectMeta, subject, Meta[i], value) < 0)
                    {
                        values[i] = subject;
                    }

                    break;
                case AggregationType.Max:
                    if (ValueCompare.Compare(subjectMeta, subject, Meta[i], value) > 0)
                    {
                        values[i] = subject;
                    }

                    break;
                case AggregationType.First when subject is not null && value is null:
                case AggregationType.Last when subject is not null:
                case AggregationType.LastIncludingNull:
                    values[i] = subject;
                    break;
                case AggregationType.ConcatComma when subject is not null:
                    Append((StringBuilder)value!, ", ", subjectMeta, subject);
                    break;
                case AggregationType.ConcatStringCrLf when subject is not null:
                    Append((StringBuilder)value!, Environment.NewLine, subjectMeta, subject);
                    break;
                case AggregationType.ConcatString when subject is not null:
                    Append((StringBuilder)value!, resolve(aggregations[i].Value), subjectMeta, subject);
                    break;
                case AggregationType.ConcatDistinct when subject is not null:
                    ((SortedSet<object>)value!).Add(subject);
                    break;
            }
        }
    }

    /// <summary>Returns the aggregate values of the group; with allNullsAreZero a null numeric result becomes 0.</summary>
    public object?[] Result(bool allNullsAreZero)
    {
        var result = new object?[aggregations.Count];
        for (var i = 0; i < aggregations.Count; i++)
        {
            var aggregation = aggregations[i];
            var value = values[i];
            object? outcome = aggregation.Type switch
            {
                AggregationType.Average => GroupArithmetic.Divide(Meta[i], value, counts[i]),
                AggregationType.Median => GroupArithmetic.Percentile((List<double>)value!, 50.0),
                AggregationType.Percentile => GroupArithmetic.Percentile((List<double>)value!, Argument(aggregation)),
                AggregationType.PercentileNearestRank =>
                    GroupArithmetic.PercentileNearestRank((List<double>)value!, Argument(aggregation)),
                AggregationType.CountAll or AggregationType.CountAny => counts[i],
                AggregationType.StandardDeviation => value is double s ? Math.Sqrt(s / counts[i]) : null,
                AggregationType.StandardDeviationSample => value is double s ? Math.Sqrt(s / (counts[i] - 1)) : null,
                AggregationType.ConcatComma or AggregationType.ConcatString or AggregationType.ConcatStringCrLf =>
                    value!.ToString(),
                AggregationType.ConcatDistinct => string.Join(
                    resolve(aggregation.Value),
                    ((SortedSet<object>)value!).Select(v => ValueConverter.ToText(input[subjects[i]], v))),
                _ => value,
            };
            if (outcome is null && allNullsAreZero)
            {
                outcome = Meta[i].Type switch
                {
                    HopValueType.Integer => 0L,
                    HopValueType.Number => 0.0,
                    HopValueType.BigNumber => 0m,
                    _ => null,
                };
            }

            result[i] = outcome;
        }

        return result;
    }

    private double Argument(Aggregation aggregation) =>
        double.Parse(resolve(aggregation.Value), System.Globalization.CultureInfo.InvariantCulture);

    private static double ToDouble(ValueMeta meta, object? value) =>
        (double)ValueConverter.Convert(value, meta, new ValueMeta("n", HopValueType.Number))!;

    private static void Append(StringBuilder builder, string separator, ValueMeta meta, object value)
    {
        if (builder.Length > 0)
        {
            builder.Append(separator);
        }

        builder.Append(ValueConverter.ToText(meta, value));
    }
}
