using System.IO.Compression;
using Orleans.AsyncHop.Engine.Pipelines.Files;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class ZipEntryPathTests
{
    [Fact]
    public void TextFileOpener_VfsZipPath_ReadsEntry()
    {
        var archive = CreateArchive();

        using var reader = TextFileOpener.Open("zip:file://" + archive + "!2026-01-02.txt", string.Empty, "None");

        Assert.Equal("a;1", reader.ReadLine());
        Assert.Equal("b;2", reader.ReadLine());
    }

    [Fact]
    public void ZipEntryPath_SlashBeforeEntry_FindsEntry()
    {
        var archive = CreateArchive();

        var path = ZipEntryPath.TryParse("zip:file://" + archive + "!/2026-01-02.txt");

        Assert.NotNull(path);
        Assert.Equal(archive, path.Archive);
        Assert.Equal("2026-01-02.txt", path.Entry);
        Assert.True(path.Exists());
        Assert.Null(ZipEntryPath.TryParse(archive));
    }

    [Fact]
    public void ZipEntryPath_MissingEntry_FailsNamingIt()
    {
        var path = ZipEntryPath.TryParse("zip:file://" + CreateArchive() + "!missing.txt")!;

        Assert.False(path.Exists());
        var exception = Assert.Throws<HopException>(() => path.Open());
        Assert.Contains("no entry 'missing.txt'", exception.Message);
    }

    private static string CreateArchive()
    {
        var folder = Path.Combine(Path.GetTempPath(), "asynchop-tests", "zip-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var archive = Path.Combine(folder, "2026.zip");
        using var zip = ZipFile.Open(archive, ZipArchiveMode.Create);
        using var writer = new StreamWriter(zip.CreateEntry("2026-01-02.txt").Open());
        writer.Write("a;1\nb;2\n");
        return archive;
    }
}
