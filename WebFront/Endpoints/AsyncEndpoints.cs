using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.WebFront.Documents;
using Orleans.AsyncHop.WebFront.Formatting;
using Orleans.AsyncHop.WebFront.Telemetry;

namespace Orleans.AsyncHop.WebFront.Endpoints;

/// <summary>hop/asyncRun and hop/asyncStatus: start an async web service and follow its run.</summary>
public static class AsyncEndpoints
{
    public static IEndpointRouteBuilder MapAsyncEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapMethods(HopRoutes.AsyncRun + "/{**rest}", HopRoutes.Methods, AsyncRunAsync)
            .AddEndpointFilter(TraceParentFilter.AddTraceParentAsync)
            .WithName("AsyncRun")
            .WithSummary("Starts the workflow of an async web service and returns its container id at once.")
            .WithTags("Async web services");
        routes.MapMethods(HopRoutes.AsyncStatus + "/{**rest}", HopRoutes.Methods, AsyncStatusAsync)
            .WithName("AsyncStatus")
            .WithSummary("Returns the status, status variables and marked pipeline progress of an async run.")
            .WithTags("Async web services");
        return routes;
    }

    public static async Task<Results<HopBodyResult, ProblemHttpResult>> AsyncRunAsync(
        HttpContext context,
        IGrainFactory grains,
        CancellationToken cancellationToken)
    {
        var request = context.Request;
        var parameters = await HopRequest.ReadParametersAsync(request, cancellationToken);
        parameters.Remove(HopRoutes.ServiceParameter, out var service);
        if (string.IsNullOrWhiteSpace(service))
        {
            return HopProblems.MissingParameter(HopRoutes.ServiceParameter,
                "Please specify a service parameter pointing to the name of the asynchronous web service object.");
        }

        string? body = null;
        if (!request.HasFormContentType)
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            body = await reader.ReadToEndAsync(cancellationToken);
        }

        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in request.Headers)
        {
            headers.TryAdd(name, values.FirstOrDefault() ?? string.Empty);
        }

        parameters.TryGetValue(HopRoutes.RunConfigParameter, out var runConfig);
        var startRequest = new StartRunRequest(service, runConfig, parameters, body, headers);
        var response = await grains.GetGrain<IAsyncServiceGrain>(service).StartAsync(startRequest, cancellationToken);
        if (response.Error is { } error)
        {
            return HopProblems.FromRunError(error);
        }

        var document = new JsonObject
        {
            ["name"] = response.WorkflowName,
            ["id"] = response.ContainerId,
            ["logChannelId"] = response.LogChannelId,
        };
        return new HopBodyResult(JacksonJson.Compact(document) + "\n", HopRoutes.JsonContentType);
    }

    public static async Task<Results<HopBodyResult, ProblemHttpResult>> AsyncStatusAsync(
        HttpContext context,
        IGrainFactory grains,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var service = HopRequest.Get(context.Request, HopRoutes.ServiceParameter);
        var id = HopRequest.Get(context.Request, HopRoutes.IdParameter);
        if (string.IsNullOrWhiteSpace(service))
        {
            return HopProblems.MissingParameter(HopRoutes.ServiceParameter,
                "Please specify a service parameter pointing to the name of the asynchronous web service object.");
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            return HopProblems.MissingParameter(HopRoutes.IdParameter,
                "Please specify an id parameter pointing to the unique ID of the asynchronous web service run.");
        }

        var run = await grains.GetGrain<IWorkflowExecutionGrain>(id).GetStatusAsync(cancellationToken);
        if (run is null)
        {
            return HopProblems.UnknownRun(HopRoutes.IdParameter, id);
        }

        if (!run.ServiceName.Equals(service, StringComparison.Ordinal))
        {
            return HopProblems.Create(StatusCodes.Status404NotFound, "Run not found", HopRoutes.ServiceParameter,
                $"Run '{id}' is not a run of service '{service}'.");
        }

        return new HopBodyResult(AsyncStatusDocument.Build(run, timeProvider.GetUtcNow()), HopRoutes.JsonContentType);
    }
}
