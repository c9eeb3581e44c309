using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Tests.Transforms;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Injection;

/// <summary>Injection into the XML join transform: the injected pipeline is saved without running and checked.</summary>
public sealed class XmlJoinInjectionTests
{
    private static string Constant(string key, string value) =>
        $"<mapping><target_transform_name>target</target_transform_name><target_attribute_key>{key}</target_attribute_key>" +
        $"<target_detail>N</target_detail><source_transform/><source_field>{PipelineHarness.Escape(value)}</source_field></mapping>";

    [Fact]
    public async Task XmlJoin_InjectedSettings_ReplaceTemplateTags()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("template.hpl",
            "<pipeline><info><name>t</name></info><transform><name>target</name><type>XMLJoin</type>" +
            "<complexJoin>N</complexJoin><targetXPath>/old</targetXPath><omitXmlHeader>N</omitXmlHeader></transform></pipeline>");
        harness.Grid("meta", ["a:String"], ["unused"])
            .Transform("inject", "MetaInject",
                "<filename>${PROJECT_HOME}/template.hpl</filename><target_file>${PROJECT_HOME}/injected.hpl</target_file>" +
                "<no_execution>Y</no_execution><mappings>" +
                Constant("COMPLEX_JOIN", "true") + Constant("TARGET_XPATH", "//order[@id='?']") +
                Constant("JOIN_COMPARE_FIELD", "id") + Constant("OMIT_XML_HEADER", "Y") +
                Constant("TARGET_XML_TRANSFORM", "orders") + Constant("VALUE_XML_FIELD", "joined") +
                "</mappings>")
            .Hop("meta", "inject");

        var outcome = await harness.RunAsync();

        Assert.True(outcome.Success, outcome.ErrorDescription + Environment.NewLine + outcome.Log.Read(0).Text);
        var target = XDocument.Load(Path.Combine(harness.Home, "injected.hpl")).Root!.Element("transform")!;
        Assert.Equal("Y", target.Element("complexJoin")!.Value);
        Assert.Equal("//order[@id='?']", target.Element("targetXPath")!.Value);
        Assert.Equal("id", target.Element("joinCompareField")!.Value);
        Assert.Equal("Y", target.Element("omitXmlHeader")!.Value);
        Assert.Equal("orders", target.Element("targetXmlTransform")!.Value);
        Assert.Equal("joined", target.Element("valueXmlField")!.Value);
    }
}
