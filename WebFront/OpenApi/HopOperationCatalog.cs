using Microsoft.OpenApi;
using Orleans.AsyncHop.WebFront.Endpoints;

namespace Orleans.AsyncHop.WebFront.OpenApi;

/// <summary>The query parameters and responses of each hop/* route, keyed by the route's endpoint name.</summary>
public static class HopOperationCatalog
{
    private static readonly HopQueryParameter Id = new(HopRoutes.IdParameter,
        "Container id of the run; when given, name is ignored. One of id and name is required.");

    private static readonly HopQueryParameter Name = new(HopRoutes.NameParameter,
        "Service or workflow name of the run, used when no id is given: the first run with that service name, else with that workflow name.");

    private static readonly HopQueryParameter Xml = HopQueryParameter.Flag(HopRoutes.XmlParameter, "Y answers XML instead of HTML.");

    private static readonly HopQueryParameter Json = HopQueryParameter.Flag(HopRoutes.JsonParameter, "Y answers JSON instead of HTML (xml=Y wins when both are set).");

    private static readonly string[] HtmlXmlJson = [HopRoutes.HtmlContentType, HopRoutes.XmlContentType, HopRoutes.JsonContentType];

    private static readonly HopOperationSpec WorkflowStatus = new(
        "HTML by default; xml=Y or json=Y for Hop's workflow status document. Log lines from 'from' on.",
        [Id, Name, Xml, Json, new(HopRoutes.FromParameter, "First log line to return (0 or more); default 0.", Type: JsonSchemaType.Integer)],
        HtmlXmlJson,
        [StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound]);

    public static IReadOnlyDictionary<string, HopOperationSpec> Operations { get; } = new Dictionary<string, HopOperationSpec>(StringComparer.Ordinal)
    {
        ["AsyncRun"] = new(
            "Every query parameter other than service and runConfig becomes a workflow parameter when the workflow declares it, "
            + "else a variable. A posted body goes into the service's content variable; form fields count as parameters.",
            [
                new(HopRoutes.ServiceParameter, "Name of the async web service (metadata/async-web-service/NAME.json).", Required: true),
                new(HopRoutes.RunConfigParameter, "Workflow run configuration to use instead of the service's own."),
            ],
            [HopRoutes.JsonContentType],
            [StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status500InternalServerError],
            ReadsBody: true,
            SuccessIsAsyncRun: true),
        ["AsyncStatus"] = new(
            "Hop's AsyncStatus document: status, status variables and the live counters of pipelines marked for async logging.",
            [
                new(HopRoutes.ServiceParameter, "Name of the async web service that started the run.", Required: true),
                new(HopRoutes.IdParameter, "Container id returned by hop/asyncRun.", Required: true),
            ],
            [HopRoutes.JsonContentType],
            [StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound],
            SuccessIsAsyncStatus: true),
        ["WorkflowStatus"] = WorkflowStatus,
        ["GetWorkflowStatus"] = WorkflowStatus,
        ["StopWorkflow"] = new(
            "Hop's web result (xml=Y or json=Y) or an HTML page saying the stop was requested.",
            [Id, Name, Xml, Json],
            HtmlXmlJson,
            [StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound]),
        ["RemoveWorkflow"] = new(
            "Hop's web result (xml=Y or json=Y) or an HTML page saying the run was removed.",
            [Id, Name, Xml, Json],
            HtmlXmlJson,
            [StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound]),
        ["ServerStatus"] = new(
            "Hop's server status with every known run: HTML by default, xml=Y or json=Y for documents.",
            [Xml, Json],
            HtmlXmlJson,
            []),
    };
}
