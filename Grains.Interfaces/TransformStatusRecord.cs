namespace Orleans.AsyncHop.Grains;

/// <summary>Counters of one transform copy, with the fields of Hop's TransformStatus.</summary>
[GenerateSerializer, Immutable]
[Alias("AsyncHop.TransformStatusRecord")]
public sealed record TransformStatusRecord(
    string TransformName,
    int Copy,
    long LinesRead,
    long LinesWritten,
    long LinesInput,
    long LinesOutput,
    long LinesUpdated,
    long LinesRejected,
    long Errors,
    long InputBufferSize,
    long OutputBufferSize,
    string StatusDescription,
    double Seconds,
    string Speed,
    string Priority,
    bool Stopped,
    bool Paused,
    string? LogText = null);
