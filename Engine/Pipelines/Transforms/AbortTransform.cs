using Orleans.AsyncHop.Engine.Logging;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Abort: once more rows than the threshold arrive, stops the pipeline, with an error
/// (ABORT_WITH_ERROR, the default) or without one (ABORT, SAFE_STOP).
/// </summary>
[Transform("Abort")]
public sealed class AbortTransform : TransformBase
{
    private string option = "ABORT_WITH_ERROR";
    private long threshold;
    private bool alwaysLogRows;
    private long seen;

    public override void Init()
    {
        var configured = Meta.Element.Tag("abort_option");
        option = string.IsNullOrEmpty(configured)
            ? Meta.Element.Flag("abort_with_error", true) ? "ABORT_WITH_ERROR" : "ABORT"
            : configured.Trim().ToUpperInvariant();
        threshold = long.TryParse(Resolve(Meta.Element.Tag("row_threshold")), out var value) ? value : 0;
        alwaysLogRows = Meta.Element.Flag("always_log_rows");
    }

    protected override ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        seen++;
        if (alwaysLogRows)
        {
            var meta = InputRowMeta!;
            var text = string.Join(", ", meta.Fields.Select((f, i) => $"{f.Name}={ValueConverter.ToText(f, row[i])}"));
            Log.Write(HopLogLevel.Minimal, Name, $"Row: {text}");
        }

        if (seen <= threshold)
        {
            return PutRowAsync(InputRowMeta!, row, cancellationToken);
        }

        var message = Resolve(Meta.Element.Tag("message"));
        if (string.IsNullOrEmpty(message))
        {
            message = $"Row number {seen} caused abort to be called";
        }

        if (option == "ABORT_WITH_ERROR")
        {
            throw Failure(message);
        }

        Log.Basic(Name, message);
        Pipeline.StopWithoutError();
        throw new OperationCanceledException(message, cancellationToken.IsCancellationRequested ? cancellationToken : new CancellationToken(true));
    }
}
