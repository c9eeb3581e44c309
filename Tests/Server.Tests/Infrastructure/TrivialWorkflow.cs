namespace Orleans.AsyncHop.Server.Tests.Infrastructure;

/// <summary>A service whose workflow only goes from Start to Success, for load tests.</summary>
public static class TrivialWorkflow
{
    public const string ServiceName = "trivial";

    public static void AddTo(string projectHome)
    {
        File.WriteAllText(Path.Combine(projectHome, "trivial.hwf"), Xml);
        TestProjects.AddService(projectHome, ServiceName, enabled: true, "${PROJECT_HOME}/trivial.hwf");
    }

    private const string Xml = """
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
}
