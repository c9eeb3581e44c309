namespace Orleans.AsyncHop.Server.Tests.Infrastructure;

/// <summary>Fresh copies of the bundled sample project, with extra services that the tests need.</summary>
public static class TestProjects
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Copies samples/dataload to a new temporary folder and adds the test-only services.</summary>
    public static string CopySample()
    {
        var target = Path.Combine(Path.GetTempPath(), "asynchop-server-tests", Guid.NewGuid().ToString("N")[..10]);
        CopyDirectory(Path.Combine(RepositoryRoot, "samples", "dataload"), target);
        AddService(target, "disabled", enabled: false, "${PROJECT_HOME}/dataload.hwf");
        AddService(target, "missing-file", enabled: true, "${PROJECT_HOME}/no-such-workflow.hwf");
        AddService(target, "outside-home", enabled: true, "/etc/passwd");
        AddService(target, "slow", enabled: true, "${PROJECT_HOME}/slow.hwf");
        File.WriteAllText(Path.Combine(target, "slow.hwf"), SlowWorkflow);

        AddService(target, "unknown-action", enabled: true, "${PROJECT_HOME}/unknown-action.hwf");
        File.WriteAllText(Path.Combine(target, "unknown-action.hwf"), SlowWorkflow.Replace("<type>DELAY</type>", "<type>NO_SUCH_ACTION</type>"));

        var outside = Path.Combine(Path.GetDirectoryName(target)!, Path.GetFileName(target) + "-outside.hwf");
        File.WriteAllText(outside, SlowWorkflow);
        File.CreateSymbolicLink(Path.Combine(target, "linked.hwf"), outside);
        AddService(target, "linked", enabled: true, "${PROJECT_HOME}/linked.hwf");

        File.WriteAllText(Path.Combine(target, "metadata", "async-web-service", "broken-json.json"), "{ \"enabled\": tru");
        AddService(target, "headers", enabled: true, "${PROJECT_HOME}/slow.hwf", "ASYNC_HEADERS", headerContentVariable: "ASYNC_HEADERS");
        return target;
    }

    public static void AddService(
        string projectHome,
        string name,
        bool enabled,
        string filename,
        string statusVariables = "STAGE",
        string headerContentVariable = "")
    {
        var folder = Path.Combine(projectHome, "metadata", "async-web-service");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".json"), $$"""
            {
              "enabled": {{(enabled ? "true" : "false")}},
              "filename": "{{filename}}",
              "statusVariables": "{{statusVariables}}",
              "bodyContentVariable": "ASYNC_CONTENT",
              "runConfigurationName": "local",
              "headerContentVariable": "{{headerContentVariable}}",
              "name": "{{name}}",
              "virtualPath": ""
            }
            """);
    }

    /// <summary>A workflow that sets STAGE and then waits 60 seconds, long enough to be stopped mid-run.</summary>
    public const string SlowWorkflow = """
        <?xml version="1.0" encoding="UTF-8"?>
        <workflow>
          <name>slow</name>
          <name_sync_with_filename>Y</name_sync_with_filename>
          <parameters/>
          <actions>
            <action><name>Start</name><type>SPECIAL</type><parallel>N</parallel><attributes_hac/></action>
            <action><name>Set stage</name><type>SET_VARIABLES</type><replacevars>Y</replacevars>
              <fields><field><variable_name>STAGE</variable_name><variable_value>waiting</variable_value><variable_type>CURRENT_WORKFLOW</variable_type></field></fields>
              <parallel>N</parallel><attributes_hac/></action>
            <action><name>Wait</name><type>DELAY</type><maximumTimeout>60</maximumTimeout><scaletime>0</scaletime><parallel>N</parallel><attributes_hac/></action>
            <action><name>Success</name><type>SUCCESS</type><parallel>N</parallel><attributes_hac/></action>
          </actions>
          <hops>
            <hop><from>Start</from><to>Set stage</to><enabled>Y</enabled><evaluation>Y</evaluation><unconditional>Y</unconditional></hop>
            <hop><from>Set stage</from><to>Wait</to><enabled>Y</enabled><evaluation>Y</evaluation><unconditional>N</unconditional></hop>
            <hop><from>Wait</from><to>Success</to><enabled>Y</enabled><evaluation>Y</evaluation><unconditional>N</unconditional></hop>
          </hops>
        </workflow>
        """;

    public static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)), overwrite: true);
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Orleans.AsyncHop.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Orleans.AsyncHop.sln was not found above " + AppContext.BaseDirectory);
    }
}
