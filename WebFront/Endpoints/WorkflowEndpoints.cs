using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.WebFront.Documents;
using Orleans.AsyncHop.WebFront.Formatting;

namespace Orleans.AsyncHop.WebFront.Endpoints;

/// <summary>hop/workflowStatus (also served as getWorkflowStatus), hop/stopWorkflow and hop/removeWorkflow.</summary>
public static class WorkflowEndpoints
{
    public static IEndpointRouteBuilder MapWorkflowEndpoints(this IEndpointRouteBuilder routes)
    {
        foreach (var path in new[] { HopRoutes.WorkflowStatus, HopRoutes.GetWorkflowStatus })
        {
            routes.MapMethods(path + "/{**rest}", HopRoutes.Methods, WorkflowStatusAsync)
                .WithName(path == HopRoutes.WorkflowStatus ? "WorkflowStatus" : "GetWorkflowStatus")
                .WithSummary("Returns one workflow run with its action results and log, as HTML, XML (xml=Y) or JSON (json=Y).")
                .WithTags("Workflows");
        }

        routes.MapMethods(HopRoutes.StopWorkflow + "/{**rest}", HopRoutes.Methods, StopWorkflowAsync)
            .WithName("StopWorkflow")
            .WithSummary("Requests a running workflow to stop.")
            .WithTags("Workflows");
        routes.MapMethods(HopRoutes.RemoveWorkflow + "/{**rest}", HopRoutes.Methods, RemoveWorkflowAsync)
            .WithName("RemoveWorkflow")
            .WithSummary("Removes a workflow run; a run still going is stopped first.")
            .WithTags("Workflows");
        return routes;
    }

    public static async Task<Results<HopBodyResult, ProblemHttpResult>> WorkflowStatusAsync(
        HttpContext context,
        IGrainFactory grains,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        var request = context.Request;
        var name = HopRequest.Get(request, HopRoutes.NameParameter);
        var id = HopRequest.Get(request, HopRoutes.IdParameter);
        if (string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(id))
        {
            return HopProblems.MissingParameter(HopRoutes.IdParameter, "Please specify the id (or the name) of the workflow run.");
        }

        var fromText = HopRequest.Get(request, HopRoutes.FromParameter);
        long from = 0;
        if (!string.IsNullOrEmpty(fromText) && (!long.TryParse(fromText, NumberStyles.Integer, CultureInfo.InvariantCulture, out from) || from < 0))
        {
            return HopProblems.Create(StatusCodes.Status400BadRequest, "Invalid parameter 'from'", HopRoutes.FromParameter,
                $"'{fromText}' is not a log line number; use a whole number of 0 or more.");
        }

        var (runId, run) = await RunLookup.FindAsync(grains, name, id, cancellationToken);
        if (run is null)
        {
            return string.IsNullOrWhiteSpace(id)
                ? HopProblems.UnknownRun(HopRoutes.NameParameter, name!)
                : HopProblems.UnknownRun(HopRoutes.IdParameter, id);
        }

        var log = await grains.GetGrain<IWorkflowExecutionGrain>(runId!).GetLogAsync(from, cancellationToken);
        var reportedName = string.IsNullOrWhiteSpace(id) ? name : string.IsNullOrWhiteSpace(name) ? null : run.WorkflowName;
        if (HopRoutes.IsFlagSet(HopRequest.Get(request, HopRoutes.XmlParameter)))
        {
            return new HopBodyResult(HopXml.Declaration + "\n" + WorkflowStatusDocument.Xml(run, reportedName, log), HopRoutes.XmlContentType);
        }

        if (HopRoutes.IsFlagSet(HopRequest.Get(request, HopRoutes.JsonParameter)))
        {
            return new HopBodyResult(JacksonJson.Pretty(WorkflowStatusDocument.Json(run, reportedName, log)), HopRoutes.JsonContentType);
        }

        return new HopBodyResult(HtmlPages.WorkflowStatus(run, name, log, timeProvider.GetUtcNow()), HopRoutes.HtmlContentType);
    }

    public static async Task<Results<HopBodyResult, ProblemHttpResult>> StopWorkflowAsync(
        HttpContext context,
        IGrainFactory grains,
        CancellationToken cancellationToken)
    {
        var (name, runId, problem) = await ControlRunAsync(context.Request, grains, "stop", grain => grain.StopAsync(cancellationToken), cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var message = $"Workflow [{name ?? "null"}] stop requested.";
        return Respond(context.Request, message, "Workflow stop requested", trailingNewline: true);
    }

    public static async Task<Results<HopBodyResult, ProblemHttpResult>> RemoveWorkflowAsync(
        HttpContext context,
        IGrainFactory grains,
        CancellationToken cancellationToken)
    {
        var (name, runId, problem) = await ControlRunAsync(context.Request, grains, "remove", grain => grain.RemoveAsync(cancellationToken), cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var page = $"The workflow with name [{name ?? "null"}] and hopServer object id {runId} was removed from Hop Server.";
        return Respond(context.Request, null, page, trailingNewline: false);
    }

    /// <summary>
    /// Finds the run that the request's name or id names and applies <paramref name="control"/> to it. Returns a
    /// problem when neither parameter is given, or when no run matches or the grain no longer knows the run.
    /// </summary>
    private static async Task<(string? Name, string? RunId, ProblemHttpResult? Problem)> ControlRunAsync(
        HttpRequest request,
        IGrainFactory grains,
        string verb,
        Func<IWorkflowExecutionGrain, Task<bool>> control,
        CancellationToken cancellationToken)
    {
        var name = HopRequest.Get(request, HopRoutes.NameParameter);
        var id = HopRequest.Get(request, HopRoutes.IdParameter);
        if (string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(id))
        {
            return (name, null, HopProblems.MissingParameter(HopRoutes.IdParameter, $"Please specify the id (or the name) of the workflow run to {verb}."));
        }

        var (runId, run) = await RunLookup.FindAsync(grains, name, id, cancellationToken);
        if (run is null || !await control(grains.GetGrain<IWorkflowExecutionGrain>(runId!)))
        {
            var unknown = string.IsNullOrWhiteSpace(id)
                ? HopProblems.UnknownRun(HopRoutes.NameParameter, name!)
                : HopProblems.UnknownRun(HopRoutes.IdParameter, id);
            return (name, runId, unknown);
        }

        return (name, runId, null);
    }

    /// <summary>
    /// Writes Hop's WebResult OK in the requested format. The XML form carries the declaration; stop ends it
    /// with an extra newline and remove with none, as Hop's two servlets do.
    /// </summary>
    private static HopBodyResult Respond(HttpRequest request, string? message, string pageText, bool trailingNewline)
    {
        if (HopRoutes.IsFlagSet(HopRequest.Get(request, HopRoutes.XmlParameter)))
        {
            var xml = WebResultDocument.Xml(WebResultDocument.Ok, message, null, declaration: true);
            return new HopBodyResult(trailingNewline ? xml + "\n" : xml.TrimEnd('\n'), HopRoutes.XmlContentType);
        }

        if (HopRoutes.IsFlagSet(HopRequest.Get(request, HopRoutes.JsonParameter)))
        {
            return new HopBodyResult(WebResultDocument.Json(WebResultDocument.Ok, message, null) + "\n", HopRoutes.JsonContentType);
        }

        return new HopBodyResult(HtmlPages.Message(pageText, pageText), HopRoutes.HtmlContentType);
    }
}
