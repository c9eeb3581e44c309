using Orleans.AsyncHop.Engine.Pipelines.Transforms;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class ExecProcessTransformTests
{
    private const string Fields =
        "<resultfieldname>out</resultfieldname><errorfieldname>err</errorfieldname><exitvaluefieldname>code</exitvaluefieldname>";

    [Fact]
    public async Task ExecProcess_ArgumentsInFields_AddsOutputAndExitValue()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["program:String", "a:String", "b:String"], ["/bin/echo", "one", "two words"])
            .Transform("exec", "ExecProcess",
                "<processfield>program</processfield>" + Fields + "<failwhennotsuccess>N</failwhennotsuccess>" +
                "<argumentsInFields>Y</argumentsInFields><argumentFields><argumentField><argumentFieldName>a</argumentFieldName></argumentField>" +
                "<argumentField><argumentFieldName>b</argumentFieldName></argumentField></argumentFields>")
            .Hop("grid", "exec")
            .Result("exec");

        var row = Assert.Single(await harness.RowsAsync());

        Assert.Equal(["program", "a", "b", "out", "err", "code"], row.Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { "/bin/echo", "one", "two words", "one two words", "", 0L }, row.Values);
    }

    [Fact]
    public async Task ExecProcess_CommandLine_JoinsLinesWithDelimiter()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["command:String"], ["/bin/sh -c 'printf \"a\\nb\\n\"; echo oops >&2; exit 3'"])
            .Transform("exec", "ExecProcess",
                "<processfield>command</processfield>" + Fields + "<outputlinedelimiter>|</outputlinedelimiter>")
            .Hop("grid", "exec")
            .Result("exec");

        var row = Assert.Single(await harness.RowsAsync());

        Assert.Equal("a|b", row.Values[1]);
        Assert.Equal("oops", row.Values[2]);
        Assert.Equal(3L, row.Values[3]);
    }

    [Fact]
    public async Task ExecProcess_FailWhenNotSuccess_FailsWithErrorText()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["command:String"], ["/bin/sh -c 'echo broken >&2; exit 1'"])
            .Transform("exec", "ExecProcess", "<processfield>command</processfield>" + Fields + "<failwhennotsuccess>Y</failwhennotsuccess>")
            .Hop("grid", "exec")
            .Result("exec");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("broken", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task ExecProcess_MissingProgram_ReportsErrorAndExitValueOne()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["command:String"], ["/no/such/program"])
            .Transform("exec", "ExecProcess", "<processfield>command</processfield>" + Fields)
            .Hop("grid", "exec")
            .Result("exec");

        var row = Assert.Single(await harness.RowsAsync());

        Assert.Equal("", row.Values[1]);
        Assert.StartsWith("Cannot run program \"/no/such/program\"", (string)row.Values[2]!);
        Assert.Equal(1L, row.Values[3]);
    }

    [Fact]
    public void Tokenize_UnbalancedQuotes_SplitsOnSpacesOnly()
    {
        Assert.Equal(["ls", "-l", "my dir"], ExecProcessTransform.Tokenize("ls  -l \"my dir\""));
        Assert.Equal(["echo", "'it", "is"], ExecProcessTransform.Tokenize("echo 'it is"));
    }

    [Fact]
    public async Task ExecProcess_SilentFailure_NamesProgramAndCode()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["command:String"], ["/bin/sh -c 'exit 4'"])
            .Transform("exec", "ExecProcess", "<processfield>command</processfield>" + Fields + "<failwhennotsuccess>Y</failwhennotsuccess>")
            .Hop("grid", "exec")
            .Result("exec");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the process '/bin/sh -c exit 4' exited with code 4 and wrote no output.", outcome.Log.Read(0).Text);
    }
}
