using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Orleans.AsyncHop.Server.Tests.Infrastructure;

/// <summary>
/// The real server executable started as a child process on free loopback ports, as a user starts it,
/// with an HTTP client that sends Hop's default credentials.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private SiloProcess(Process process, Uri baseAddress, string projectHome)
    {
        this.process = process;
        BaseAddress = baseAddress;
        ProjectHome = projectHome;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("cluster:cluster")));
    }

    public Uri BaseAddress { get; }

    public string ProjectHome { get; }

    public HttpClient Client { get; }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static Task<SiloProcess> StartAsync(string projectHome, params string[] extraArguments) =>
        StartAsync("Silo", projectHome, FreePorts.Next(), FreePorts.Next(), extraArguments);

    /// <summary>Starts the separate front end (the WebFront project), an Orleans client of a running cluster.</summary>
    public static Task<SiloProcess> StartFrontEndAsync(params string[] extraArguments) =>
        StartAsync("WebFront", string.Empty, FreePorts.Next(), FreePorts.Next(), extraArguments);

    /// <summary>Asks the process to shut down as a service manager does (SIGTERM) and waits until it has exited.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        if (process.HasExited)
        {
            return;
        }

        using (var signal = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        using var cancellation = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancellation.Token);
    }

    /// <summary>Ends the process at once (SIGKILL), like a machine that dies.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Starts the Silo or the standalone WebFront executable with the given Orleans ports.</summary>
    public static async Task<SiloProcess> StartAsync(string project, string projectHome, int siloPort, int gatewayPort, params string[] extraArguments)
    {
        var siloDll = FindAssembly(project);
        var httpPort = FreePorts.Next();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(siloDll)!,
        };
        foreach (var argument in new[]
        {
            siloDll,
            "--urls", $"http://127.0.0.1:{httpPort}",
            $"--Hop:ProjectHome={projectHome}",
            $"--Orleans:SiloPort={siloPort}",
            $"--Orleans:GatewayPort={gatewayPort}",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Orleans.AsyncHop=Information",
        }.Concat(extraArguments))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The silo process did not start.");
        var silo = new SiloProcess(process, new Uri($"http://127.0.0.1:{httpPort}"), projectHome);
        process.OutputDataReceived += (_, e) => silo.Append(e.Data);
        process.ErrorDataReceived += (_, e) => silo.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await silo.WaitUntilServingAsync();
        return silo;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private async Task WaitUntilServingAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The silo exited with code {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await Client.GetAsync("/hop/status?json=Y");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The silo did not answer within 90 seconds:\n{Output}");
    }

    internal static string FindAssembly(string project)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(TestProjects.RepositoryRoot, project, "bin", configuration, "net10.0", $"Orleans.AsyncHop.{project}.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the {project} project first.", path);
    }
}
