namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Denormalising;

/// <summary>How a Row denormaliser target combines the values of one group, with the codes Hop stores.</summary>
public enum DenormaliserAggregation
{
    /// <summary>Code "-": the last value of the group wins.</summary>
    None,

    /// <summary>Code "SUM".</summary>
    Sum,

    /// <summary>Code "AVERAGE": the sum of the non-null values divided by their count.</summary>
    Average,

    /// <summary>Code "MIN".</summary>
    Min,

    /// <summary>Code "MAX".</summary>
    Max,

    /// <summary>Code "COUNT_ALL": the number of rows with the key value, nulls included.</summary>
    CountAll,

    /// <summary>Code "CONCAT_COMMA": the values joined with commas.</summary>
    ConcatComma,
}
