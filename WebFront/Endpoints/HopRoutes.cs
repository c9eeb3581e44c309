namespace Orleans.AsyncHop.WebFront.Endpoints;

/// <summary>Apache Hop Server's URL paths and query parameter names.</summary>
public static class HopRoutes
{
    public const string Prefix = "/hop";
    public const string AsyncRun = "/hop/asyncRun";
    public const string AsyncStatus = "/hop/asyncStatus";
    public const string WorkflowStatus = "/hop/workflowStatus";
    public const string GetWorkflowStatus = "/hop/getWorkflowStatus";
    public const string StopWorkflow = "/hop/stopWorkflow";
    public const string RemoveWorkflow = "/hop/removeWorkflow";
    public const string Status = "/hop/status";

    public const string ServiceParameter = "service";
    public const string IdParameter = "id";
    public const string NameParameter = "name";
    public const string RunConfigParameter = "runConfig";
    public const string XmlParameter = "xml";
    public const string JsonParameter = "json";
    public const string FromParameter = "from";

    public const string JsonContentType = "application/json;charset=UTF-8";
    public const string XmlContentType = "text/xml;charset=UTF-8";
    public const string HtmlContentType = "text/html;charset=UTF-8";

    /// <summary>Hop servlets handle GET and forward POST, PUT and DELETE to the same handler.</summary>
    public static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE"];

    /// <summary>True for Hop's flag values Y and y only.</summary>
    public static bool IsFlagSet(string? value) => value is "Y" or "y";
}
