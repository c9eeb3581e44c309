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
        var request = context.Request;
        var name = HopRequest.Get(request, HopRoutes.NameParameter);
        var id = HopRequest.Get(request, HopRoutes.IdParameter);
        if (string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(id))
        {
            return HopProblems.MissingParameter(HopRoutes.IdParameter, "Please specify the id (or the name) of the workflow run to stop.");
        }

        var (runId, run) = await RunLookup.FindAsync(grains, name, id, cancellationToken);
        if (run is null || !await grains.GetGrain<IWorkflowExecutionGrain>(runId!).StopAsync(cancellationToken))
        {
            return string.IsNullOrWhiteSpace(id) ? HopProblems.UnknownRun(HopRoutes.NameParameter, name!) : HopProblems.UnknownRun(HopRoutes.IdParameter, id);
        }

        var message = $"Workflow [{name ?? "null"}] stop requested.";
        return Respond(request, message, "Workflow stop requested", keepDeclaration: true, trailingNewline: true, jsonMessage: message);
    }

    public static async Task<Results<HopBodyResult, ProblemHttpResult>> RemoveWorkflowAsync(
        HttpContext context,
        IGrainFactory grains,
        CancellationToken cancellationToken)
    {
        var request = context.Request;
        var name = HopRequest.Get(request, HopRoutes.NameParameter);
        var id = HopRequest.Get(request, HopRoutes.IdParameter);
        if (string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(id))
        {
            return HopProblems.MissingParameter(HopRoutes.IdParameter, "Please specify the id (or the name) of the workflow run to remove.");
        }

        var (runId, run) = await RunLookup.FindAsync(grains, name, id, cancellationToken);
        if (run is null || !await grains.GetGrain<IWorkflowExecutionGrain>(runId!).RemoveAsync(cancellationToken))
        {
            return string.IsNullOrWhiteSpace(id) ? HopProblems.UnknownRun(HopRoutes.NameParameter, name!) : HopProblems.UnknownRun(HopRoutes.IdParameter, id);
        }

        var page = $"The workflow with name [{name ?? "null"}] and hopServer object id {runId} was removed from Hop Server.";
        return Respond(request, null, page, keepDeclaration: true, trailingNewline: false, jsonMessage: null);
    }

    private static HopBodyResult Respond(HttpRequest request, string? message, string pageText, bool keepDeclaration, bool trailingNewline, string? jsonMessage)
    {
        if (HopRoutes.IsFlagSet(HopRequest.Get(request, HopRoutes.XmlParameter)))
        {
            var xml = WebResultDocument.Xml(WebResultDocument.Ok, message, null, keepDeclaration);
            return new HopBodyResult(trailingNewline ? xml + "\n" : xml.TrimEnd('\n'), HopRoutes.XmlContentType);
        }

        if (HopRoutes.IsFlagSet(HopRequest.Get(request, HopRoutes.JsonParameter)))
        {
            return new HopBodyResult(WebResultDocument.Json(WebResultDocument.Ok, jsonMessage, null) + "\n", HopRoutes.JsonContentType);
        }

        return new HopBodyResult(HtmlPages.Message(pageText, pageText), HopRoutes.HtmlContentType);
    }
}
