using Orleans.AsyncHop.Grains;
using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Grains;

public sealed class StoredLogTests
{
    private static readonly StoredLog Log = new(["line 7", "line 8", "multi\nline 9"], 7, 10, 7);

    [Fact]
    public void Page_FromInsideStoredLines_ReturnsLaterLinesOnly()
    {
        var page = Log.Page(8);

        Assert.Equal("line 8\nmulti\nline 9\n", page.Text);
        Assert.Equal(8, page.FirstLineNumber);
        Assert.Equal(10, page.LastLineNumber);
        Assert.Equal(7, page.DroppedLines);
    }

    [Fact]
    public void Page_FromBeforeStoredLines_ReturnsAllStoredLines()
    {
        Assert.Equal("line 7\nline 8\nmulti\nline 9\n", Log.Page(0).Text);
    }

    [Fact]
    public void Page_FromLastLineNumber_IsEmpty()
    {
        var page = Log.Page(10);

        Assert.Equal(string.Empty, page.Text);
        Assert.Equal(10, page.LastLineNumber);
    }
}
