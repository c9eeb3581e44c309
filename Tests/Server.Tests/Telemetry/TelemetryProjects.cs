using Orleans.AsyncHop.Server.Tests.Infrastructure;

namespace Orleans.AsyncHop.Server.Tests.Telemetry;

/// <summary>Copies of the sample project with services that only the telemetry tests use, so their runs are easy to tell apart.</summary>
public static class TelemetryProjects
{
    /// <summary>Runs the sample's dataload workflow under its own service name.</summary>
    public const string TracedService = "traced";

    /// <summary>Runs the dataload workflow for the metrics tests.</summary>
    public const string MeteredService = "metered";

    /// <summary>Runs a workflow whose pipeline file does not exist, so the run ends with errors.</summary>
    public const string BrokenService = "broken";

    /// <summary>Runs the sixty-second workflow, to be stopped by the metrics tests.</summary>
    public const string StoppableService = "stoppable";

    public const string MissingPipelineAction = "Load missing pipeline";

    public static string CopySample()
    {
        var home = TestProjects.CopySample();
        TestProjects.AddService(home, TracedService, enabled: true, "${PROJECT_HOME}/dataload.hwf");
        TestProjects.AddService(home, MeteredService, enabled: true, "${PROJECT_HOME}/dataload.hwf");
        TestProjects.AddService(home, StoppableService, enabled: true, "${PROJECT_HOME}/slow.hwf");
        TestProjects.AddService(home, BrokenService, enabled: true, "${PROJECT_HOME}/broken.hwf");
        File.WriteAllText(Path.Combine(home, "broken.hwf"), BrokenWorkflow);
        return home;
    }

    private const string BrokenWorkflow = $$"""
        <?xml version="1.0" encoding="UTF-8"?>
        <workflow>
          <name>broken</name>
          <name_sync_with_filename>Y</name_sync_with_filename>
          <parameters/>
          <actions>
            <action><name>Start</name><type>SPECIAL</type><parallel>N</parallel><attributes_hac/></action>
            <action><name>{{MissingPipelineAction}}</name><type>PIPELINE</type><filename>${PROJECT_HOME}/no-such-pipeline.hpl</filename>
              <parallel>N</parallel><attributes_hac/></action>
            <action><name>Success</name><type>SUCCESS</type><parallel>N</parallel><attributes_hac/></action>
          </actions>
          <hops>
            <hop><from>Start</from><to>{{MissingPipelineAction}}</to><enabled>Y</enabled><evaluation>Y</evaluation><unconditional>Y</unconditional></hop>
            <hop><from>{{MissingPipelineAction}}</from><to>Success</to><enabled>Y</enabled><evaluation>Y</evaluation><unconditional>N</unconditional></hop>
          </hops>
        </workflow>
        """;
}
