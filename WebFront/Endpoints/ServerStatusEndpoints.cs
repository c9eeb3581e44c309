using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.WebFront.Documents;
using Orleans.AsyncHop.WebFront.Formatting;

namespace Orleans.AsyncHop.WebFront.Endpoints;

/// <summary>hop/status: the server's status and the list of runs in the run registry.</summary>
public static class ServerStatusEndpoints
{
    public const string Online = "Online";

    public static IEndpointRouteBuilder MapServerStatusEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapMethods(HopRoutes.Status + "/{**rest}", HopRoutes.Methods, StatusAsync)
            .WithName("ServerStatus")
            .WithSummary("Returns the server status and every known run, as HTML, XML (xml=Y) or JSON (json=Y).")
            .WithTags("Server");
        return routes;
    }

    public static async Task<HopBodyResult> StatusAsync(HttpContext context, IGrainFactory grains, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var runs = await grains.GetGrain<IRunRegistryGrain>(IRunRegistryGrain.DefaultKey).ListAsync(cancellationToken);
        var now = timeProvider.GetUtcNow();
        var process = Process.GetCurrentProcess();
        var memoryTotal = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        var memoryFree = Math.Max(0, memoryTotal - GC.GetTotalMemory(false));
        var cpuNanoseconds = (long)process.TotalProcessorTime.TotalMilliseconds * 1_000_000;
        var uptime = (long)(now - process.StartTime.ToUniversalTime()).TotalMilliseconds;
        var loadAverage = ReadLoadAverage();

        if (HopRoutes.IsFlagSet(HopRequest.Get(context.Request, HopRoutes.XmlParameter)))
        {
            var xml = new StringBuilder(HopXml.Declaration).Append('\n').Append("<serverstatus>\n");
            xml.Append(HopXml.Tag("statusdesc", Online)).Append(HopXml.Tag("shutting_down", false));
            xml.Append(HopXml.Tag("memory_free", memoryFree)).Append(HopXml.Tag("memory_total", memoryTotal));
            xml.Append(HopXml.Tag("cpu_cores", Environment.ProcessorCount)).Append(HopXml.Tag("cpu_process_time", cpuNanoseconds));
            xml.Append(HopXml.Tag("uptime", uptime)).Append(HopXml.Tag("thread_count", process.Threads.Count));
            xml.Append(HopXml.Tag("load_avg", JacksonJson.JavaDouble(loadAverage)));
            xml.Append(HopXml.Tag("os_name", OsName())).Append(HopXml.Tag("os_version", Environment.OSVersion.Version.ToString()));
            xml.Append(HopXml.Tag("os_arch", OsArchitecture()));
            xml.Append("  <pipeline_status_list>\n  </pipeline_status_list>\n  <workflow_status_list>\n");
            foreach (var run in runs)
            {
                xml.Append(WorkflowStatusDocument.LightXml(run));
            }

            xml.Append("  </workflow_status_list>\n</serverstatus>\n");
            return new HopBodyResult(xml.ToString(), HopRoutes.XmlContentType);
        }

        if (HopRoutes.IsFlagSet(HopRequest.Get(context.Request, HopRoutes.JsonParameter)))
        {
            var workflows = new JsonArray();
            foreach (var run in runs)
            {
                workflows.Add(WorkflowStatusDocument.LightJson(run, now));
            }

            var document = new JsonObject
            {
                ["statusDescription"] = Online,
                ["errorDescription"] = null,
                ["shuttingDown"] = false,
                ["pipelineStatusList"] = new JsonArray(),
                ["workflowStatusList"] = workflows,
                ["memoryFree"] = memoryFree,
                ["memoryTotal"] = memoryTotal,
                ["cpuCores"] = Environment.ProcessorCount,
                ["cpuProcessTime"] = cpuNanoseconds,
                ["uptime"] = uptime,
                ["threadCount"] = process.Threads.Count,
                ["loadAvg"] = loadAverage,
                ["osName"] = OsName(),
                ["osVersion"] = Environment.OSVersion.Version.ToString(),
                ["osArchitecture"] = OsArchitecture(),
            };
            return new HopBodyResult(JacksonJson.Pretty(document) + "\n", HopRoutes.JsonContentType);
        }

        return new HopBodyResult(HtmlPages.ServerStatus(runs, Online, now), HopRoutes.HtmlContentType);
    }

    private static double ReadLoadAverage()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            return -1.0;
        }
    }

    private static string OsName() => OperatingSystem.IsLinux() ? "Linux" : OperatingSystem.IsWindows() ? "Windows" : OperatingSystem.IsMacOS() ? "Mac OS X" : "Unknown";

    private static string OsArchitecture() => System.Runtime.InteropServices.RuntimeInformation.OSArchitecture switch
    {
        System.Runtime.InteropServices.Architecture.X64 => "amd64",
        System.Runtime.InteropServices.Architecture.Arm64 => "aarch64",
        var other => other.ToString().ToLowerInvariant(),
    };
}
