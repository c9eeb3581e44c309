using System.Security;
using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Engine.Tests.Xml;

/// <summary>A fresh copy of the XML test files with a one-action workflow (Start, then the action).</summary>
internal sealed class XmlActionHome
{
    private XmlActionHome(string home) => Home = home;

    public string Home { get; }

    public static XmlActionHome Create()
    {
        var home = Path.Combine(Path.GetTempPath(), "asynchop-tests", "xml-" + Guid.NewGuid().ToString("N")[..8]);
        TestPaths.CopyDirectory(Path.Combine(TestPaths.Assets, "xml"), home);
        return new XmlActionHome(home);
    }

    public string PathOf(string relative) => Path.Combine(Home, relative);

    /// <summary>Runs a workflow whose only action has the given type and settings (XML elements).</summary>
    public async Task<LocalRunOutcome> RunActionAsync(string type, string settings)
    {
        var xml = $"""
            <workflow><name>xml-action</name>
              <actions>
                <action><name>Start</name><type>SPECIAL</type><parallel>N</parallel></action>
                <action><name>test</name><type>{SecurityElement.Escape(type)}</type>{settings}<parallel>N</parallel></action>
              </actions>
              <hops>
                <hop><from>Start</from><to>test</to><enabled>Y</enabled><evaluation>Y</evaluation><unconditional>Y</unconditional></hop>
              </hops>
            </workflow>
            """;
        var path = PathOf("test.hwf");
        await File.WriteAllTextAsync(path, xml);
        return await LocalRunner.RunFileAsync(path, Home, new Dictionary<string, string>());
    }
}
