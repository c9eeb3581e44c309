using Orleans.AsyncHop.Engine.Execution;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Pipelines;

public sealed class CorePipelineTests
{
    [Fact]
    public async Task FilterToFile_WritesOnlyMatchingRows()
    {
        var home = Path.Combine(Path.GetTempPath(), "asynchop-tests", "core-" + Guid.NewGuid().ToString("N")[..8]);
        TestPaths.CopyDirectory(Path.Combine(TestPaths.Assets, "core"), home);
        var output = Path.Combine(home, "out");

        var outcome = await LocalRunner.RunFileAsync(
            Path.Combine(home, "filter-to-file.hpl"), home, new Dictionary<string, string> { ["OUTPUT"] = output });

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal(["id;label", "5;\"five; and more\"", "9;nine"], File.ReadAllLines(output + ".csv"));
        Assert.Equal(3, outcome.Result.NrLinesRead);
        Assert.Contains(Path.GetFullPath(output + ".csv"), outcome.Result.ResultFiles.Keys);
    }

    [Fact]
    public async Task UnknownTransformType_FailsNamingTypeAndFile()
    {
        var home = Path.Combine(Path.GetTempPath(), "asynchop-tests", "core-" + Guid.NewGuid().ToString("N")[..8]);
        TestPaths.CopyDirectory(Path.Combine(TestPaths.Assets, "core"), home);
        var path = Path.Combine(home, "filter-to-file.hpl");
        File.WriteAllText(path, File.ReadAllText(path).Replace("<type>FilterRows</type>", "<type>NoSuchTransform</type>"));

        var outcome = await LocalRunner.RunFileAsync(path, home, new Dictionary<string, string>());

        Assert.False(outcome.Success);
        Assert.Contains("NoSuchTransform", outcome.ErrorDescription);
        Assert.Contains("filter-to-file.hpl", outcome.ErrorDescription);
    }
}
