using System.Text.Json;
using Microsoft.Extensions.Logging;
using Orleans.AsyncHop.Engine;
using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Projects;
using Orleans.AsyncHop.Engine.Variables;
using Orleans.AsyncHop.Engine.Workflows;
using Orleans.Concurrency;

namespace Orleans.AsyncHop.Grains;

/// <summary>
/// Validates a start request against the service's metadata and starts the run on a new workflow
/// execution grain. Stateless, so every silo can take start requests in parallel.
/// </summary>
[StatelessWorker]
public sealed partial class AsyncServiceGrain(
    HopProjectProvider projects,
    IGrainFactory grains,
    ILogger<AsyncServiceGrain> logger) : Grain, IAsyncServiceGrain
{
    public const string ServiceParameter = "service";
    public const string RunConfigParameter = "runConfig";

    private static readonly HashSet<string> SecretHeaders = new(["Authorization", "Proxy-Authorization", "Cookie"], StringComparer.OrdinalIgnoreCase);

    private async Task<StartRunResponse> StartRunAsync(StartRunRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.ServiceName))
        {
            return StartRunResponse.Failed(RunErrorKind.InvalidRequest, ServiceParameter,
                "Please specify a service parameter pointing to the name of the asynchronous web service object.");
        }

        HopProject project;
        AsyncWebServiceMeta? service;
        try
        {
            project = projects.Load();
            service = AsyncWebServiceMeta.Find(project, request.ServiceName);
        }
        catch (HopException exception)
        {
            LogServiceInvalid(logger, request.ServiceName, exception.Message);
            return StartRunResponse.Failed(RunErrorKind.InvalidWorkflow, ServiceParameter,
                $"The metadata of asynchronous web service '{Shorten(request.ServiceName)}' cannot be read: {exception.Message}");
        }

        if (service is null)
        {
            return StartRunResponse.Failed(RunErrorKind.NotFound, ServiceParameter,
                $"Unable to find asynchronous web service '{Shorten(request.ServiceName)}' in the project's metadata ({AsyncWebServiceMeta.MetadataType}).");
        }

        if (!service.Enabled)
        {
            return StartRunResponse.Failed(RunErrorKind.Disabled, ServiceParameter,
                $"Asynchronous web service '{service.Name}' is disabled.");
        }

        var validation = ValidateWorkflow(project, service, out var workflowFile);
        if (validation is not null)
        {
            return validation;
        }

        var runConfiguration = ValidateRunConfiguration(project, service, request, out var runConfigurationError);
        if (runConfigurationError is not null)
        {
            return runConfigurationError;
        }

        var protectedName = FindProtectedVariable(project, workflowFile!, request);
        if (protectedName is not null)
        {
            return StartRunResponse.Failed(RunErrorKind.InvalidRequest, protectedName,
                $"The parameter '{Shorten(protectedName)}' would replace a variable that the project or the engine defines, such as a " +
                "folder the workflow reads or writes. Declare it as a parameter of the workflow to let callers set it.");
        }

        var definition = BuildDefinition(service, workflowFile!, request, runConfiguration);
        var containerId = Guid.NewGuid().ToString();
        var response = await grains.GetGrain<IWorkflowExecutionGrain>(containerId).StartAsync(definition, cancellationToken);
        if (response.Error is null)
        {
            LogRunRequested(logger, service.Name, containerId);
        }

        return response;
    }

    private static StartRunResponse? ValidateWorkflow(HopProject project, AsyncWebServiceMeta service, out string? workflowFile)
    {
        workflowFile = null;
        if (string.IsNullOrWhiteSpace(service.Filename))
        {
            return StartRunResponse.Failed(RunErrorKind.InvalidWorkflow, ServiceParameter,
                $"Asynchronous web service '{service.Name}' has no workflow file name.");
        }

        try
        {
            var resolved = Engine.Execution.HopPaths.ToLocalPath(project.CreateVariables().Resolve(service.Filename));
            workflowFile = project.ResolveInsideHome(resolved);
            if (!File.Exists(workflowFile))
            {
                return StartRunResponse.Failed(RunErrorKind.InvalidWorkflow, ServiceParameter,
                    $"The workflow file '{workflowFile}' of service '{service.Name}' does not exist.");
            }

            var meta = WorkflowMeta.Load(workflowFile);
            var unsupported = meta.Actions.Select(a => a.Type).Where(t => !ActionRegistry.IsSupported(t)).Distinct().ToList();
            if (unsupported.Count > 0)
            {
                return StartRunResponse.Failed(RunErrorKind.InvalidWorkflow, ServiceParameter,
                    $"The workflow of service '{service.Name}' uses action types this engine does not support: {string.Join(", ", unsupported)}.");
            }

            return null;
        }
        catch (HopException exception)
        {
            return StartRunResponse.Failed(RunErrorKind.InvalidWorkflow, ServiceParameter,
                $"The workflow of service '{service.Name}' cannot be loaded: {exception.Message}");
        }
        catch (IOException exception)
        {
            return StartRunResponse.Failed(RunErrorKind.InvalidWorkflow, ServiceParameter,
                $"The workflow file of service '{service.Name}' cannot be read: {exception.Message}");
        }
    }

    private static string? ValidateRunConfiguration(
        HopProject project,
        AsyncWebServiceMeta service,
        StartRunRequest request,
        out StartRunResponse? error)
    {
        error = null;
        var fromRequest = !string.IsNullOrEmpty(request.RunConfiguration);
        var name = fromRequest ? request.RunConfiguration! : project.CreateVariables().Resolve(service.RunConfigurationName);
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        var field = fromRequest ? RunConfigParameter : ServiceParameter;
        var configuration = RunConfiguration.Find(project, RunConfiguration.WorkflowMetadataType, name);
        if (configuration is null)
        {
            error = StartRunResponse.Failed(fromRequest ? RunErrorKind.NotFound : RunErrorKind.InvalidWorkflow, field,
                $"Workflow run configuration '{name}' could not be found.");
            return null;
        }

        if (!configuration.IsLocal)
        {
            error = StartRunResponse.Failed(RunErrorKind.InvalidRequest, field,
                $"Workflow run configuration '{name}' uses the '{configuration.EngineType}' engine; only the Local engine is supported.");
            return null;
        }

        return name;
    }

    /// <summary>
    /// Returns the first request parameter that is not a declared workflow parameter but has the name of a
    /// variable the project or the engine already defines (PROJECT_HOME, a project folder variable, an
    /// internal variable). Letting a caller replace those would let it point the run at other folders.
    /// </summary>
    private static string? FindProtectedVariable(HopProject project, string workflowFile, StartRunRequest request)
    {
        var declared = WorkflowMeta.Load(workflowFile).Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var defined = project.CreateVariables();
        foreach (var name in request.Parameters.Keys)
        {
            if (declared.Contains(name) || name == RunConfigParameter)
            {
                continue;
            }

            if (defined.Contains(name)
                || name.StartsWith("Internal.", StringComparison.Ordinal)
                || name.StartsWith("HOP_", StringComparison.Ordinal)
                || name == InternalVariables.ServerObjectId)
            {
                return name;
            }
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";

    private static RunDefinition BuildDefinition(
        AsyncWebServiceMeta service,
        string workflowFile,
        StartRunRequest request,
        string? runConfiguration)
    {
        var declared = WorkflowMeta.Load(workflowFile).Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in request.Parameters)
        {
            if (declared.Contains(name))
            {
                parameters[name] = value;
            }
            else
            {
                variables[name] = value;
            }
        }

        if (!string.IsNullOrEmpty(service.BodyContentVariable))
        {
            variables[service.BodyContentVariable] = request.Body ?? string.Empty;
        }

        if (!string.IsNullOrEmpty(service.HeaderContentVariable))
        {
            // Credentials are left out, so that a status variable cannot echo a caller's password.
            var headers = request.Headers
                .Where(h => !SecretHeaders.Contains(h.Key))
                .ToDictionary(h => h.Key, h => h.Value, StringComparer.Ordinal);
            variables[service.HeaderContentVariable] = JsonSerializer.Serialize(headers);
        }

        return new RunDefinition(service.Name, workflowFile, parameters, variables, service.StatusVariables, runConfiguration);
    }

    [LoggerMessage(EventId = 2002, EventName = "ServiceInvalid", Level = LogLevel.Warning,
        Message = "The metadata of service {ServiceName} cannot be read: {Reason}")]
    private static partial void LogServiceInvalid(ILogger logger, string serviceName, string reason);

    [LoggerMessage(EventId = 2001, EventName = "RunRequested", Level = LogLevel.Information,
        Message = "Service {ServiceName} accepted a run with container id {ContainerId}")]
    private static partial void LogRunRequested(ILogger logger, string serviceName, string containerId);
}
