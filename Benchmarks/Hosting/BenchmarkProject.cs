namespace Orleans.AsyncHop.Benchmarks.Hosting;

/// <summary>
/// A temporary copy of the bundled sample project with one more service, <c>trivial</c>, whose workflow
/// goes straight from Start to Success: it measures the server's own cost of a run.
/// </summary>
public sealed class BenchmarkProject : IDisposable
{
    public const string TrivialService = "trivial";

    private BenchmarkProject(string home) => Home = home;

    public string Home { get; }

    public string TrivialWorkflow => Path.Combine(Home, "trivial.hwf");

    public static BenchmarkProject Create()
    {
        var home = Path.Combine(Path.GetTempPath(), "asynchop-benchmarks", Guid.NewGuid().ToString("N")[..10]);
        CopyDirectory(Path.Combine(RepositoryRoot.Path, "samples", "dataload"), home);
        File.WriteAllText(Path.Combine(home, "trivial.hwf"), TrivialWorkflowXml);
        File.WriteAllText(Path.Combine(home, "metadata", "async-web-service", TrivialService + ".json"), TrivialServiceJson);
        return new BenchmarkProject(home);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a run that is shutting down; the temporary folder is left behind.
        }
    }

    private const string TrivialServiceJson = """
        {
          "enabled": true,
          "filename": "${PROJECT_HOME}/trivial.hwf",
          "statusVariables": "STAGE",
          "bodyContentVariable": "ASYNC_CONTENT",
          "runConfigurationName": "local",
          "headerContentVariable": "",
          "name": "trivial",
          "virtualPath": ""
        }
        """;

    private const string TrivialWorkflowXml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <workflow>
          <name>trivial</name>
          <name_sync_with_filename>Y</name_sync_with_filename>
          <parameters/>
          <actions>
            <action><name>Start</name><type>SPECIAL</type><parallel>N</parallel><attributes_hac/></action>
            <action><name>Success</name><type>SUCCESS</type><parallel>N</parallel><attributes_hac/></action>
          </actions>
          <hops>
            <hop><from>Start</from><to>Success</to><enabled>Y</enabled><evaluation>Y</evaluation><unconditional>Y</unconditional></hop>
          </hops>
        </workflow>
        """;

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            if (!Path.GetRelativePath(source, file).StartsWith("output", StringComparison.Ordinal))
            {
                File.Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)), overwrite: true);
            }
        }
    }
}
