namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Grouping;

/// <summary>The aggregate functions of Group by and Memory group by, named by their codes in Hop's XML.</summary>
public enum AggregationType
{
    None,
    Sum,
    Average,
    Median,
    Percentile,
    Min,
    Max,
    CountAll,
    ConcatComma,
    First,
    Last,
    FirstIncludingNull,
    LastIncludingNull,
    CumulativeSum,
    CumulativeAverage,
    StandardDeviation,
    ConcatString,
    CountDistinct,
    CountAny,
    StandardDeviationSample,
    PercentileNearestRank,
    ConcatStringCrLf,
    ConcatDistinct,
    MovingAverage,
}
