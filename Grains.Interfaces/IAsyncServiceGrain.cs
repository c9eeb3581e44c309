namespace Orleans.AsyncHop.Grains;

/// <summary>
/// Starts runs of an async web service. A stateless worker keyed by service name: it validates the
/// service's metadata and the request, then hands the run to a new workflow execution grain.
/// </summary>
public interface IAsyncServiceGrain : IGrainWithStringKey
{
    Task<StartRunResponse> StartAsync(StartRunRequest request, CancellationToken cancellationToken = default);
}
