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

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var meta = InputRowMeta!;
        await PutRowAsync(meta, row, cancellationToken);
        seen++;
        if (seen <= threshold)
        {
            if (alwaysLogRows)
            {
                Log.Write(HopLogLevel.Minimal, Name, $"Seen row nr {seen} : {RowText(meta, row)}");
            }

            return;
        }

        // Like Hop, the row past the threshold still goes to the output before the abort.
        Log.Error(Name, $"Row nr {seen} causing abort \"{OptionLabel()}\": {RowText(meta, row)}");
        var message = Resolve(Meta.Element.Tag("message"));
        if (string.IsNullOrEmpty(message))
        {
            message = $"Aborting after having seen {seen} rows.";
        }

        if (option == "ABORT_WITH_ERROR")
        {
            throw Failure(message);
        }

        Log.Error(Name, message);
        Pipeline.StopWithoutError();
        throw new OperationCanceledException(message, cancellationToken.IsCancellationRequested ? cancellationToken : new CancellationToken(true));
    }

    private string OptionLabel() => option switch
    {
        "ABORT_WITH_ERROR" => "Abort and log as an error",
        "SAFE_STOP" => "Stop input processing",
        _ => "Abort the running pipeline",
    };

    /// <summary>Formats a row as Hop's RowMeta.getString does: "[value], [value]", with "null" for nulls.</summary>
    private static string RowText(RowMeta meta, object?[] row) =>
        string.Join(", ", meta.Fields.Select((f, i) => $"[{ValueConverter.ToText(f, row[i]) ?? "null"}]"));
}
