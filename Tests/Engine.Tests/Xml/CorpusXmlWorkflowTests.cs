using Orleans.AsyncHop.Engine.Execution;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Xml;

/// <summary>
/// Runs Apache Hop's XML integration-test workflows on a fresh copy of their project; a main workflow
/// passes when its final result is true, as in Hop's test runner.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class CorpusXmlWorkflowTests
{
    // Still failing, and why:
    // main-0003: the documents name their schema at http://file-server:8080/test.xsd; the engine loads no
    //   remote schema, so the "valid xml" action is false (Hop needs the file-server container too).
    // main-0004: LoadFileInput (reading the XML files into a field) is not in the engine.
    [Theory]
    [InlineData("main-0001-xml-join-test.hwf")]
    [InlineData("main-0002-xsd-validator-test.hwf")]
    [InlineData("main-0005-dtd-validator-external-file-test.hwf")]
    [InlineData("main-0006-dtd-validator-internal-dtd-test.hwf")]
    [InlineData("main-0007-xml-well-formed-test.hwf")]
    [InlineData("main-0008-xslt-action-4628.hwf")]
    [InlineData("main-0009-xml-join-with-variables-5396.hwf")]
    [InlineData("main-0010-get-data-from-xml.hwf")]
    [InlineData("main-0011-xml-output-advanced-basic.hwf")]
    [InlineData("main-0012-xml-output-advanced-grouped.hwf")]
    [InlineData("main-0013-xml-output-advanced-multi-group-by.hwf")]
    [InlineData("main-0014-xml-output-advanced-document-fragment.hwf")]
    [InlineData("main-0015-xml-output-advanced-split.hwf")]
    [InlineData("main-0016-xml-output-advanced-compact.hwf")]
    [InlineData("main-0017-xml-output-advanced-zipped.hwf")]
    [InlineData("main-0018-xml-output-advanced-chained.hwf")]
    [InlineData("main-0019-get-data-from-xml-error-handling.hwf")]
    public async Task XmlProject_MainWorkflow_Succeeds(string main)
    {
        var home = TestPaths.CopyCorpusProject("xml");

        var outcome = await LocalRunner.RunFileAsync(Path.Combine(home, main), home, new Dictionary<string, string>());

        Assert.True(outcome.Success, (outcome.ErrorDescription ?? "no error description") + "\n" + outcome.Log.Read().Text);
    }
}
