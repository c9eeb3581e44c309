using Orleans.AsyncHop.Engine.Execution;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Xml;

/// <summary>
/// Runs Apache Hop's XML integration-test workflows on a fresh copy of their project; a main workflow
/// passes when its final result is true, as in Hop's test runner.
/// </summary>
public sealed class CorpusXmlWorkflowTests
{
    [Theory]
    [InlineData("main-0001-xml-join-test.hwf")]
    [InlineData("main-0002-xsd-validator-test.hwf")]
    [InlineData("main-0003-xsd-validator-action-test.hwf")]
    [InlineData("main-0004-xsl-transformation.hwf")]
    [InlineData("main-0005-dtd-validator-external-file-test.hwf")]
    [InlineData("main-0006-dtd-validator-internal-dtd-test.hwf")]
    [InlineData("main-0007-xml-well-formed-test.hwf")]
    [InlineData("main-0008-xslt-action-4628.hwf")]
    [InlineData("main-0009-xml-join-with-variables-5396.hwf")]
    [InlineData("main-0010-get-data-from-xml.hwf")]
    [InlineData("main-0011-xml-output-advanced-basic.hwf")]
    [InlineData("main-0019-get-data-from-xml-error-handling.hwf")]
    public async Task XmlProject_MainWorkflow_Succeeds(string main)
    {
        var home = TestPaths.CopyCorpusProject("xml");

        var outcome = await LocalRunner.RunFileAsync(Path.Combine(home, main), home, new Dictionary<string, string>());

        Assert.True(outcome.Success, (outcome.ErrorDescription ?? "no error description") + "\n" + outcome.Log.Read().Text);
    }
}
