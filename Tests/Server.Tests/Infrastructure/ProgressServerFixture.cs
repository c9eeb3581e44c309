using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Infrastructure;

/// <summary>
/// A real server serving the sample project plus the progress workflow: a marked load pipeline run twice,
/// an unmarked pipeline and one marked for another service. The log is kept short so that runs drop lines.
/// </summary>
public sealed class ProgressServerFixture : IAsyncLifetime
{
    public const string Service = "progress";
    public const string OtherService = "other-service";
    public const int MaxLogLines = 16;

    public SiloProcess Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var projectHome = TestProjects.CopySample();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Assets", "progress")))
        {
            File.Copy(file, Path.Combine(projectHome, Path.GetFileName(file)), overwrite: true);
        }

        TestProjects.AddService(projectHome, Service, enabled: true, "${PROJECT_HOME}/progress.hwf", statusVariables: string.Empty);
        TestProjects.AddService(projectHome, OtherService, enabled: true, "${PROJECT_HOME}/progress.hwf", statusVariables: string.Empty);
        Server = await SiloProcess.StartAsync(projectHome, $"--Hop:MaxLogLines={MaxLogLines}");
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ProgressServerCollection : ICollectionFixture<ProgressServerFixture>
{
    public const string Name = "ProgressServer";
}
