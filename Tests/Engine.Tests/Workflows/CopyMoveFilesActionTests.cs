using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Workflows;

public sealed class CopyMoveFilesActionTests
{
    [Fact]
    public async Task CopyFiles_FolderWithSubfolders_CopiesMatchesKeepingPaths()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("copy-files.hwf", ("NAME", "data"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal("alpha\n", File.ReadAllText(home.PathOf("copy/a.txt")));
        Assert.True(File.Exists(home.PathOf("copy/sub/d.txt")));
        Assert.False(File.Exists(home.PathOf("copy/c.csv")));
        Assert.Equal(3, outcome.Result.ResultFiles.Count);
        Assert.True(File.Exists(home.PathOf("data/a.txt")));
    }

    [Fact]
    public async Task CopyFiles_ExistingTargetWithoutOverwrite_IsKept()
    {
        var home = ActionHome.Create();
        Directory.CreateDirectory(home.PathOf("copy"));
        File.WriteAllText(home.PathOf("copy/a.txt"), "old");

        var outcome = await home.RunAsync("copy-files.hwf", ("NAME", "data"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal("old", File.ReadAllText(home.PathOf("copy/a.txt")));
    }

    [Fact]
    public async Task CopyFiles_MissingSource_FailsWithError()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("copy-files.hwf", ("NAME", "nowhere"));

        Assert.False(outcome.Success);
        Assert.Equal(1, outcome.Result.NrErrors);
    }

    [Fact]
    public async Task MoveFiles_Folder_MovesMatchesAndAddsTargetsToResult()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("move-files.hwf", ("NAME", "data"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.False(File.Exists(home.PathOf("data/a.txt")));
        Assert.Equal("beta\n", File.ReadAllText(home.PathOf("moved/b.txt")));
        Assert.True(File.Exists(home.PathOf("data/c.csv")));
        Assert.Equal([home.PathOf("moved/a.txt"), home.PathOf("moved/b.txt")], outcome.Result.ResultFiles.Keys.Order());
    }

    [Fact]
    public async Task MoveFiles_ExistingTargetDoNothing_LeavesBothFiles()
    {
        var home = ActionHome.Create();
        Directory.CreateDirectory(home.PathOf("moved"));
        File.WriteAllText(home.PathOf("moved/a.txt"), "old");

        var outcome = await home.RunAsync("move-files.hwf", ("NAME", "data"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal("old", File.ReadAllText(home.PathOf("moved/a.txt")));
        Assert.True(File.Exists(home.PathOf("data/a.txt")));
    }

    [Fact]
    public async Task MoveFiles_ExistingTargetFail_CountsError()
    {
        var home = ActionHome.Create();
        home.Edit("move-files.hwf", "<iffileexists>do_nothing</iffileexists>", "<iffileexists>fail</iffileexists>");
        Directory.CreateDirectory(home.PathOf("moved"));
        File.WriteAllText(home.PathOf("moved/a.txt"), "old");

        var outcome = await home.RunAsync("move-files.hwf", ("NAME", "data"));

        Assert.False(outcome.Success);
        Assert.True(outcome.Result.NrErrors >= 1);
    }

    [Fact]
    public async Task ZipThenUnzip_RoundTripsSelectedEntriesAndDeletesZip()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("zip-unzip.hwf", ("NAME", "data"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal("alpha\n", File.ReadAllText(home.PathOf("unzipped/a.txt")));
        Assert.False(File.Exists(home.PathOf("unzipped/b.txt")));
        Assert.False(File.Exists(home.PathOf("archive/data.zip")));
        Assert.Contains(home.PathOf("unzipped/a.txt"), outcome.Result.ResultFiles.Keys);
    }

    [Fact]
    public async Task ZipFile_ExistingZipWithFail_FailsBeforeUnzip()
    {
        var home = ActionHome.Create();
        Directory.CreateDirectory(home.PathOf("archive"));
        File.WriteAllText(home.PathOf("archive/data.zip"), "not a zip");

        var outcome = await home.RunAsync("zip-unzip.hwf", ("NAME", "data"));

        Assert.False(outcome.Success);
        Assert.False(Directory.Exists(home.PathOf("unzipped")));
    }

    [Fact]
    public async Task ZipFile_ExistingZipWithNewName_AddsHopStamp()
    {
        var home = ActionHome.Create();
        home.Edit("zip-unzip.hwf", "<ifzipfileexists>3</ifzipfileexists>", "<ifzipfileexists>0</ifzipfileexists>");
        home.Edit("zip-unzip.hwf", "<wildcardSource>.*\\.zip</wildcardSource>", "<wildcardSource>data_.*\\.zip</wildcardSource>");
        Directory.CreateDirectory(home.PathOf("archive"));
        File.WriteAllText(home.PathOf("archive/data.zip"), "old");

        var outcome = await home.RunAsync("zip-unzip.hwf", ("NAME", "data"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal("old", File.ReadAllText(home.PathOf("archive/data.zip")));
        Assert.Equal("alpha\n", File.ReadAllText(home.PathOf("unzipped/a.txt")));
        Assert.Matches(@"archive/data_\d{8}_\d{9}\.zip'", outcome.Log.Read().Text);
    }

    [Fact]
    public async Task Unzip_CorruptZip_FailsWithError()
    {
        var home = ActionHome.Create();
        home.Edit("zip-unzip.hwf", "<ifzipfileexists>3</ifzipfileexists>", "<ifzipfileexists>2</ifzipfileexists>");
        Directory.CreateDirectory(home.PathOf("archive"));
        File.WriteAllText(home.PathOf("archive/data.zip"), "not a zip");

        var outcome = await home.RunAsync("zip-unzip.hwf", ("NAME", "data"));

        Assert.False(outcome.Success);
        Assert.Equal(1, outcome.Result.NrErrors);
        Assert.Contains("data.zip", outcome.Log.Read().Text);
    }
}
