using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Workflows;

public sealed class ResultFileActionTests
{
    [Fact]
    public async Task AddResultFilenames_FolderWithWildcard_AddsMatchingTopLevelFiles()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("add-result-filenames.hwf", ("NAME", "data"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal([home.PathOf("data/a.txt"), home.PathOf("data/b.txt")], outcome.Result.ResultFiles.Keys.Order());
    }

    [Fact]
    public async Task AddResultFilenames_MissingPath_FailsWithError()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("add-result-filenames.hwf", ("NAME", "nowhere"));

        Assert.False(outcome.Success);
        Assert.Equal(1, outcome.Result.NrErrors);
    }

    [Fact]
    public async Task DeleteResultFilenames_Wildcard_RemovesOnlyMatchingNames()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("delete-result-filenames.hwf", ("NAME", "data"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal([home.PathOf("data/b.txt")], outcome.Result.ResultFiles.Keys);
        Assert.True(File.Exists(home.PathOf("data/a.txt")));
    }

    [Fact]
    public async Task DeleteResultFilenames_NoWildcard_ClearsAll()
    {
        var home = ActionHome.Create();
        home.Edit("delete-result-filenames.hwf", "<specify_wildcard>Y</specify_wildcard>",
            "<specify_wildcard>N</specify_wildcard>");

        var outcome = await home.RunAsync("delete-result-filenames.hwf", ("NAME", "data"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Empty(outcome.Result.ResultFiles);
    }

    [Fact]
    public async Task CopyMoveResultFilenames_Move_ReplacesResultFilesWithTargets()
    {
        var home = ActionHome.Create();
        Directory.CreateDirectory(home.PathOf("target"));

        var outcome = await home.RunAsync("copy-move-result-filenames.hwf", ("NAME", "data"), ("TARGET", "target"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal(
            [home.PathOf("target/a.txt"), home.PathOf("target/b.txt")],
            outcome.Result.ResultFiles.Keys.Order());
        Assert.False(File.Exists(home.PathOf("data/a.txt")));
        Assert.Equal(2, outcome.Result.NrLinesWritten);
    }

    [Fact]
    public async Task CopyMoveResultFilenames_MissingDestinationWithoutCreate_Fails()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("copy-move-result-filenames.hwf", ("NAME", "data"), ("TARGET", "not-there"));

        Assert.False(outcome.Success);
        Assert.True(File.Exists(home.PathOf("data/a.txt")));
    }
}
