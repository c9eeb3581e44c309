namespace Orleans.AsyncHop.Grains;

/// <summary>
/// A tiny grain that readiness checks call: answering proves the cluster places and runs grains, and a
/// write then read of its state proves the run storage works.
/// </summary>
public interface IHealthProbeGrain : IGrainWithStringKey
{
    /// <summary>Answers with the address of the silo that runs the probe.</summary>
    Task<string> PingAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes <paramref name="token"/> to storage, reads the state back and returns what was read.</summary>
    Task<string?> WriteAndReadAsync(string token, CancellationToken cancellationToken = default);
}
