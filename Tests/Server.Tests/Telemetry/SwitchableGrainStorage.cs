using System.Collections.Concurrent;
using Orleans.Runtime;
using Orleans.Storage;

namespace Orleans.AsyncHop.Server.Tests.Telemetry;

/// <summary>
/// In-memory grain storage that a test can take down: while <see cref="Available"/> is false every read,
/// write and clear throws, as a lost database connection does.
/// </summary>
public sealed class SwitchableGrainStorage : IGrainStorage
{
    private readonly ConcurrentDictionary<(string StateName, GrainId GrainId), (object State, string ETag)> states = new();

    public volatile bool Available = true;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ThrowIfUnavailable();
        if (states.TryGetValue((stateName, grainId), out var stored))
        {
            grainState.State = (T)stored.State;
            grainState.ETag = stored.ETag;
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ThrowIfUnavailable();
        var etag = Guid.NewGuid().ToString("N");
        states[(stateName, grainId)] = (grainState.State!, etag);
        grainState.ETag = etag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ThrowIfUnavailable();
        states.TryRemove((stateName, grainId), out _);
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private void ThrowIfUnavailable()
    {
        if (!Available)
        {
            throw new IOException("The test took the grain storage down.");
        }
    }
}
