using System.Text.Json;
using Microsoft.Extensions.Logging;
using Orleans.AsyncHop.Engine;
using Orleans.AsyncHop.Engine.Model;
using Orleans.AsyncHop.Engine.Projects;
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

    private async Task<StartRunResponse> StartRunAsync(StartRunRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.ServiceName))
        {
            return StartRunResponse.Failed(RunErrorKind.InvalidRequest, ServiceParameter,
                "Please specify a service parameter pointing to the name of the asynchronous web service object.");
        }

        var project = projects.Load();
        var service = AsyncWebServiceMeta.Find(project, request.ServiceName);
        if (service is null)
        {
            return StartRunResponse.Failed(RunErrorKind.NotFound, ServiceParameter,
                $"Unable to find asynchronous web service '{request.ServiceName}' in '{project.MetadataFolder}/{AsyncWebServiceMeta.MetadataType}'.");
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

            WorkflowMeta.Load(workflowFile);
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
            variables[service.HeaderContentVariable] = JsonSerializer.Serialize(request.Headers);
        }

        return new RunDefinition(service.Name, workflowFile, parameters, variables, service.StatusVariables, runConfiguration);
    }

    [LoggerMessage(EventId = 2001, EventName = "RunRequested", Level = LogLevel.Information,
        Message = "Service {ServiceName} accepted a run with container id {ContainerId}")]
    private static partial void LogRunRequested(ILogger logger, string serviceName, string containerId);
}
