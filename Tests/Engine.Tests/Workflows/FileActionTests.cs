using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Workflows;

public sealed class FileActionTests
{
    [Fact]
    public async Task CreateFile_NewFile_CreatesParentsAndAddsResultFile()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("create-file.hwf", ("NAME", "deep/new.txt"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal(0, new FileInfo(home.PathOf("out/deep/new.txt")).Length);
        Assert.Equal([home.PathOf("out/deep/new.txt")], outcome.Result.ResultFiles.Keys);
    }

    [Fact]
    public async Task CreateFile_ExistingFileWithFailIfExists_IsFalse()
    {
        var home = ActionHome.Create();
        Directory.CreateDirectory(home.PathOf("out"));
        File.WriteAllText(home.PathOf("out/x.txt"), "keep");

        var outcome = await home.RunAsync("create-file.hwf", ("NAME", "x.txt"));

        Assert.False(outcome.Success);
        Assert.Equal("keep", File.ReadAllText(home.PathOf("out/x.txt")));
    }

    [Fact]
    public async Task DeleteFile_ExistingFile_DeletesIt()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("delete-file.hwf", ("NAME", "data/a.txt"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.False(File.Exists(home.PathOf("data/a.txt")));
    }

    [Fact]
    public async Task DeleteFile_MissingFileWithFailIfMissing_IsFalseWithoutError()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("delete-file.hwf", ("NAME", "data/none.txt"));

        Assert.False(outcome.Success);
        Assert.Equal(0, outcome.Result.NrErrors);
    }

    [Fact]
    public async Task CreateFolder_NewAndExisting_FailsOnlyForExisting()
    {
        var home = ActionHome.Create();

        var created = await home.RunAsync("create-folder.hwf", ("NAME", "made/inner"));
        var again = await home.RunAsync("create-folder.hwf", ("NAME", "made/inner"));

        Assert.True(created.Success, created.ErrorDescription);
        Assert.True(Directory.Exists(home.PathOf("made/inner")));
        Assert.False(again.Success);
    }

    [Fact]
    public async Task DeleteFolders_FolderWithContent_DeletesAllAndCountsLines()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("delete-folders.hwf", ("NAME", "data"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.False(Directory.Exists(home.PathOf("data")));
        Assert.Equal(1, outcome.Result.NrLinesDeleted);
    }

    [Fact]
    public async Task DeleteFolders_FileInsteadOfFolder_FailsWithError()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("delete-folders.hwf", ("NAME", "data/a.txt"));

        Assert.False(outcome.Success);
        Assert.Equal(1, outcome.Result.NrErrors);
        Assert.True(File.Exists(home.PathOf("data/a.txt")));
    }

    [Theory]
    [InlineData("data/a.txt", true)]
    [InlineData("data/sub", true)]
    [InlineData("data/zzz.txt", false)]
    public async Task FileExists_ReportsPresenceWithoutError(string name, bool expected)
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("file-exists.hwf", ("NAME", name));

        Assert.Equal(expected, outcome.Success);
        Assert.Equal(0, outcome.Result.NrErrors);
    }

    [Fact]
    public async Task FilesExist_OneMissing_IsFalse()
    {
        var home = ActionHome.Create();

        var all = await home.RunAsync("files-exist.hwf", ("NAME", "data/b.txt"));
        var oneMissing = await home.RunAsync("files-exist.hwf", ("NAME", "data/none.txt"));

        Assert.True(all.Success, all.ErrorDescription);
        Assert.False(oneMissing.Success);
    }

    [Fact]
    public async Task FolderIsEmpty_EmptyFolderAndFolderWithNestedFile()
    {
        var home = ActionHome.Create();
        Directory.CreateDirectory(home.PathOf("empty/only-folders"));

        var empty = await home.RunAsync("folder-is-empty.hwf", ("NAME", "empty"));
        var nested = await home.RunAsync("folder-is-empty.hwf", ("NAME", "data/sub"));
        var missing = await home.RunAsync("folder-is-empty.hwf", ("NAME", "nothing-here"));

        Assert.True(empty.Success, empty.ErrorDescription);
        Assert.False(nested.Success);
        Assert.Equal(0, nested.Result.NrErrors);
        Assert.Equal(1, missing.Result.NrErrors);
    }

    [Fact]
    public async Task FileCompare_SameAndDifferentContent()
    {
        var home = ActionHome.Create();
        File.Copy(home.PathOf("data/a.txt"), home.PathOf("data/a-copy.txt"));

        var same = await home.RunAsync("file-compare.hwf", ("NAME", "data/a-copy.txt"));
        var different = await home.RunAsync("file-compare.hwf", ("NAME", "data/b.txt"));
        var missing = await home.RunAsync("file-compare.hwf", ("NAME", "data/none.txt"));

        Assert.True(same.Success, same.ErrorDescription);
        Assert.Equal(2, same.Result.ResultFiles.Count);
        Assert.False(different.Success);
        Assert.Equal(0, different.Result.NrErrors);
        Assert.Equal(1, missing.Result.NrErrors);
    }

    [Fact]
    public async Task WriteToFile_WritesResolvedContentWithoutBom()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("write-to-file.hwf", ("NAME", "data/hello.txt"), ("VALUE", "Hop"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal("Hello Hop"u8.ToArray(), File.ReadAllBytes(home.PathOf("data/hello.txt")));
    }

    [Fact]
    public async Task WriteToFile_MissingParentWithoutCreate_Fails()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("write-to-file.hwf", ("NAME", "nowhere/hello.txt"), ("VALUE", "Hop"));

        Assert.False(outcome.Success);
        Assert.Equal(1, outcome.Result.NrErrors);
    }

    [Fact]
    public async Task DeleteFiles_WildcardWithoutSubfolders_KeepsNestedAndOtherFiles()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("delete-files.hwf", ("NAME", "data"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.False(File.Exists(home.PathOf("data/c.csv")));
        Assert.True(File.Exists(home.PathOf("data/sub/e.csv")));
        Assert.True(File.Exists(home.PathOf("data/a.txt")));
    }

    [Fact]
    public async Task DeleteFiles_IncludeSubfolders_DeletesNestedMatches()
    {
        var home = ActionHome.Create();
        home.Edit("delete-files.hwf", "<include_subfolders>N</include_subfolders>",
            "<include_subfolders>Y</include_subfolders>");

        var outcome = await home.RunAsync("delete-files.hwf", ("NAME", "data"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.False(File.Exists(home.PathOf("data/sub/e.csv")));
        Assert.True(File.Exists(home.PathOf("data/sub/d.txt")));
    }

    [Fact]
    public async Task EvalFilesMetrics_CountsMatchingFiles()
    {
        var home = ActionHome.Create();

        var two = await home.RunAsync("eval-files-metrics.hwf", ("EXPECTED", "2"));
        var three = await home.RunAsync("eval-files-metrics.hwf", ("EXPECTED", "3"));

        Assert.True(two.Success, two.ErrorDescription);
        Assert.False(three.Success);
        Assert.Equal(0, three.Result.NrErrors);
    }

    [Fact]
    public async Task EvalFilesMetrics_SizeInBytes_SumsFileLengths()
    {
        var home = ActionHome.Create();
        home.Edit("eval-files-metrics.hwf", "<evaluation_type>count</evaluation_type>",
            "<evaluation_type>size</evaluation_type>");

        var outcome = await home.RunAsync("eval-files-metrics.hwf", ("EXPECTED", "11"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
    }

    [Fact]
    public async Task EvalFilesMetrics_MissingFolder_FailsWithError()
    {
        var home = ActionHome.Create();
        Directory.Delete(home.PathOf("data"), recursive: true);

        var outcome = await home.RunAsync("eval-files-metrics.hwf", ("EXPECTED", "0"));

        Assert.Equal(1, outcome.Result.NrErrors);
        Assert.False(outcome.Success);
    }

    [Fact]
    public async Task DeleteFiles_ArgumentsFromResultRows_UsesPathAndWildcardFields()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("delete-files-from-rows.hwf");

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.False(File.Exists(home.PathOf("data/a.txt")));
        Assert.False(File.Exists(home.PathOf("data/sub/e.csv")));
        Assert.True(File.Exists(home.PathOf("data/b.txt")));
        Assert.True(File.Exists(home.PathOf("data/c.csv")));
        Assert.True(File.Exists(home.PathOf("data/sub/d.txt")));
    }
}
