using Orleans.AsyncHop.Grains;

namespace Orleans.AsyncHop.WebFront.Endpoints;

/// <summary>
/// Finds a run as Hop's workflow map does: by id when one is given (the name is then ignored), otherwise
/// the first run whose service or workflow name equals the name.
/// </summary>
public static class RunLookup
{
    public static async Task<(string? Id, RunSnapshot? Run)> FindAsync(
        IGrainFactory grains,
        string? name,
        string? id,
        CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(id))
        {
            return (id, await grains.GetGrain<IWorkflowExecutionGrain>(id).GetStatusAsync(cancellationToken));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return (null, null);
        }

        var runs = await grains.GetGrain<IRunRegistryGrain>(IRunRegistryGrain.DefaultKey).ListAsync(cancellationToken);
        var match = runs.FirstOrDefault(r => r.ServiceName == name) ?? runs.FirstOrDefault(r => r.WorkflowName == name);
        if (match is null)
        {
            return (null, null);
        }

        return (match.ContainerId, await grains.GetGrain<IWorkflowExecutionGrain>(match.ContainerId).GetStatusAsync(cancellationToken));
    }
}
