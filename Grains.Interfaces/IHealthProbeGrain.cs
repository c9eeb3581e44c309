namespace Orleans.AsyncHop.Grains;

/// <summary>
/// A small grain that readiness checks call. Its reply proves that the cluster places and runs grains, and
/// writing then reading back a probe record proves that the run storage works.
/// </summary>
public interface IHealthProbeGrain : IGrainWithStringKey
{
    /// <summary>Returns the address of the silo that runs the probe.</summary>
    Task<string> PingAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes <paramref name="token"/> to storage, reads the state back and returns what was read.</summary>
    Task<string?> WriteAndReadAsync(string token, CancellationToken cancellationToken = default);
}
