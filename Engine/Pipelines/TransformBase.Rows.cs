using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines;

/// <summary>Reading and writing rows: batching, round-robin input, distribution and error rows.</summary>
public abstract partial class TransformBase
{
    /// <summary>
    /// Returns the next row of the main input, or null when every input is done. Inputs are read in turn,
    /// one row from each, as Hop does; a transform waits only when no input has a row ready.
    /// </summary>
    public ValueTask<object?[]?> GetRowAsync(CancellationToken cancellationToken)
    {
        if (mainInputs.Count == 1 && mainInputs[0].TryNext(out var row, out var meta))
        {
            InputRowMeta = meta;
            linesRead++;
            return ValueTask.FromResult<object?[]?>(row);
        }

        return GetRowSlowAsync(cancellationToken);
    }

    private async ValueTask<object?[]?> GetRowSlowAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var attempt = 0; attempt < mainInputs.Count;)
            {
                currentInput %= mainInputs.Count;
                var cursor = mainInputs[currentInput];
                if (cursor.TryNext(out var row, out var meta))
                {
                    InputRowMeta = meta;
                    linesRead++;
                    currentInput++;
                    return row;
                }

                if (cursor.LastMeta is { } announced)
                {
                    InputRowMeta ??= announced;
                }

                if (cursor.IsFinished)
                {
                    mainInputs.RemoveAt(currentInput);
                    continue;
                }

                currentInput++;
                attempt++;
            }

            if (mainInputs.Count == 0)
            {
                return null;
            }

            await FlushOutputsAsync(cancellationToken);
            if (mainInputs.Count == 1)
            {
                await mainInputs[0].RowSet.WaitToReadAsync(cancellationToken);
            }
            else
            {
                await Task.WhenAny(mainInputs.Select(c => c.RowSet.WaitToReadAsync(cancellationToken).AsTask()));
            }
        }
    }

    /// <summary>Writes a row to the next transforms: round-robin over the outputs, or to all of them when copying.</summary>
    public ValueTask PutRowAsync(RowMeta meta, object?[] row, CancellationToken cancellationToken)
    {
        meta = WithOrigin(meta);
        linesWritten++;
        if (outputs.Count == 0)
        {
            OutputRowMeta ??= meta;
            return ValueTask.CompletedTask;
        }

        if (outputs.Count == 1)
        {
            return outputs[0].AddAsync(meta, row, cancellationToken);
        }

        if (Meta.Distribute)
        {
            var output = outputs[nextOutput];
            nextOutput = (nextOutput + 1) % outputs.Count;
            return output.AddAsync(meta, row, cancellationToken);
        }

        return CopyToAllAsync(meta, row, cancellationToken);
    }

    private async ValueTask CopyToAllAsync(RowMeta meta, object?[] row, CancellationToken cancellationToken)
    {
        for (var i = 0; i < outputs.Count; i++)
        {
            var copy = i == 0 ? row : (object?[])row.Clone();
            await outputs[i].AddAsync(meta, copy, cancellationToken);
        }
    }

    /// <summary>Writes a row to the named transform only (Hop's targeted streams, as used by Filter rows).</summary>
    public ValueTask PutRowToAsync(string targetTransform, RowMeta meta, object?[] row, CancellationToken cancellationToken)
    {
        meta = WithOrigin(meta);
        OutputBuffer? match = null;
        var matches = 0;
        foreach (var output in outputs)
        {
            if (output.RowSet.Target.Equals(targetTransform, StringComparison.Ordinal))
            {
                matches++;
                match ??= output;
            }
        }

        if (match is null)
        {
            throw Failure($"there is no hop to the target transform '{targetTransform}'.");
        }

        linesWritten++;
        if (matches > 1)
        {
            var targets = outputs.Where(o => o.RowSet.Target.Equals(targetTransform, StringComparison.Ordinal)).ToList();
            match = targets[(int)(linesWritten % targets.Count)];
        }

        return match.AddAsync(meta, row, cancellationToken);
    }

    /// <summary>True when a hop leads from this transform to the named one.</summary>
    public bool HasOutputTo(string targetTransform) =>
        outputs.Any(o => o.RowSet.Target.Equals(targetTransform, StringComparison.Ordinal));

    /// <summary>True when the transform has error handling to send failing rows to.</summary>
    public bool HasErrorHandling => ErrorHandling is not null && errorOutputs.Count > 0;

    /// <summary>
    /// Sends a failing row to the error hop with the error fields Hop adds (number of errors, descriptions,
    /// field names, codes). Without error handling the error is raised and the pipeline stops.
    /// </summary>
    public async ValueTask PutErrorAsync(
        RowMeta meta,
        object?[] row,
        long nrErrors,
        string description,
        string fieldNames,
        string errorCodes,
        CancellationToken cancellationToken)
    {
        if (!HasErrorHandling)
        {
            throw Failure(description);
        }

        var handling = ErrorHandling!;
        linesRejected++;
        if (handling.MaxErrors > 0 && linesRejected > handling.MaxErrors)
        {
            throw Failure($"more than {handling.MaxErrors} error rows; the last error was: {description}");
        }

        var extra = new List<(ValueMeta Meta, object? Value)>();
        if (handling.NrErrorsField is { } nrField)
        {
            extra.Add((new ValueMeta(nrField, HopValueType.Integer), nrErrors));
        }

        if (handling.DescriptionsField is { } descriptionField)
        {
            extra.Add((new ValueMeta(descriptionField, HopValueType.String), description));
        }

        if (handling.FieldsField is { } fieldsField)
        {
            extra.Add((new ValueMeta(fieldsField, HopValueType.String), fieldNames));
        }

        if (handling.CodesField is { } codesField)
        {
            extra.Add((new ValueMeta(codesField, HopValueType.String), errorCodes));
        }

        var errorMeta = errorMetaCache is { } cached && ReferenceEquals(cached.Source, meta)
            ? cached.Error
            : (errorMetaCache = (meta, meta.Add(extra.Select(e => e.Meta).ToArray()))).Value.Error;
        var errorRow = RowMeta.Resize(row, errorMeta.Count);
        for (var i = 0; i < extra.Count; i++)
        {
            errorRow[meta.Count + i] = extra[i].Value;
        }

        var output = errorOutputs[(int)(linesRejected % errorOutputs.Count)];
        await output.AddAsync(errorMeta, errorRow, cancellationToken);
    }

    private (RowMeta Source, RowMeta Error)? errorMetaCache;

    /// <summary>Reads every row of an info stream (for example the lookup side of a Stream lookup).</summary>
    public async Task<(RowMeta? Meta, List<object?[]> Rows)> ReadInfoStreamAsync(string sourceTransform, CancellationToken cancellationToken)
    {
        var rowSets = InfoRowSets.Where(r => r.Source.Equals(sourceTransform, StringComparison.Ordinal)).ToList();
        if (rowSets.Count == 0)
        {
            throw Failure($"there is no hop from the info transform '{sourceTransform}'.");
        }

        RowMeta? meta = null;
        var rows = new List<object?[]>();
        foreach (var rowSet in rowSets)
        {
            var cursor = new InputCursor(rowSet);
            while (true)
            {
                if (cursor.TryNext(out var row, out var rowMeta))
                {
                    meta = rowMeta;
                    rows.Add(row);
                    linesRead++;
                    continue;
                }

                meta ??= cursor.LastMeta;
                if (cursor.IsFinished)
                {
                    break;
                }

                await rowSet.WaitToReadAsync(cancellationToken);
            }
        }

        return (meta, rows);
    }

    /// <summary>Opens an info stream for reading row by row, for transforms that merge sorted streams.</summary>
    public InfoStreamReader OpenInfoStream(string sourceTransform)
    {
        var rowSet = InfoRowSets.FirstOrDefault(r => r.Source.Equals(sourceTransform, StringComparison.Ordinal))
            ?? throw Failure($"there is no hop from the info transform '{sourceTransform}'.");
        return new InfoStreamReader(new InputCursor(rowSet), () => linesRead++);
    }

    /// <summary>
    /// Reads and drops rows left in the main input after the transform's own loop ended (a generator with
    /// an input hop, for example), so that the transforms before it can finish instead of waiting forever.
    /// </summary>
    private async Task DiscardUnreadInputAsync(CancellationToken cancellationToken)
    {
        foreach (var cursor in mainInputs)
        {
            while (!cursor.IsFinished)
            {
                if (!cursor.TryNext(out _, out _))
                {
                    await cursor.RowSet.WaitToReadAsync(cancellationToken);
                }
            }
        }
    }

    private async Task FlushOutputsAsync(CancellationToken cancellationToken)
    {
        foreach (var output in outputs)
        {
            await output.FlushAsync(cancellationToken);
        }

        foreach (var output in errorOutputs)
        {
            await output.FlushAsync(cancellationToken);
        }
    }

    private async Task CompleteOutputsAsync(CancellationToken cancellationToken)
    {
        await FlushOutputsAsync(cancellationToken);
        var described = OutputRowMeta ?? DescribeOutput(InputRowMeta);
        var meta = described is null ? null : WithOrigin(described);
        foreach (var output in outputs)
        {
            if (!output.SentAny && meta is not null)
            {
                await output.RowSet.WriteAsync(RowSetSizes.MetaOnly(meta), cancellationToken);
            }
        }
    }

    /// <summary>Reads rows of one row set batch by batch.</summary>
    internal sealed class InputCursor(RowSet rowSet)
    {
        private RowBatch? batch;
        private int index;

        public RowSet RowSet { get; } = rowSet;

        public RowMeta? LastMeta { get; private set; }

        public bool IsFinished => (batch is null || index >= batch.Count) && RowSet.IsCompleted;

        public bool TryNext(out object?[] row, out RowMeta meta)
        {
            while (true)
            {
                if (batch is not null && index < batch.Count)
                {
                    row = batch.Rows[index++];
                    meta = batch.Meta;
                    return true;
                }

                if (!RowSet.TryRead(out var next))
                {
                    row = null!;
                    meta = null!;
                    return false;
                }

                batch = next;
                index = 0;
                LastMeta = next.Meta;
            }
        }
    }

    /// <summary>Collects rows for one row set and writes them a batch at a time.</summary>
    private sealed class OutputBuffer(RowSet rowSet)
    {
        private object?[][] rows = new object?[RowSetSizes.BatchSize][];
        private int count;
        private RowMeta? meta;

        public RowSet RowSet { get; } = rowSet;

        public bool SentAny { get; private set; }

        public ValueTask AddAsync(RowMeta rowMeta, object?[] row, CancellationToken cancellationToken)
        {
            if (count > 0 && !ReferenceEquals(meta, rowMeta))
            {
                return FlushThenAddAsync(rowMeta, row, cancellationToken);
            }

            meta = rowMeta;
            rows[count++] = row;
            return count == rows.Length ? FlushAsync(cancellationToken) : ValueTask.CompletedTask;
        }

        private async ValueTask FlushThenAddAsync(RowMeta rowMeta, object?[] row, CancellationToken cancellationToken)
        {
            await FlushAsync(cancellationToken);
            await AddAsync(rowMeta, row, cancellationToken);
        }

        public ValueTask FlushAsync(CancellationToken cancellationToken)
        {
            if (count == 0)
            {
                return ValueTask.CompletedTask;
            }

            var batch = new RowBatch(meta!, rows, count);
            rows = new object?[RowSetSizes.BatchSize][];
            count = 0;
            SentAny = true;
            return RowSet.WriteAsync(batch, cancellationToken);
        }
    }
}
