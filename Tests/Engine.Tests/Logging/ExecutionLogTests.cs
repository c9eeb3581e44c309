using Orleans.AsyncHop.Engine.Logging;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Logging;

public sealed class ExecutionLogTests
{
    [Fact]
    public void Read_BoundedLog_KeepsLatestAndCountsDropped()
    {
        var log = new ExecutionLog(maxLines: 3);
        for (var i = 0; i < 5; i++)
        {
            log.Basic("wf", "line " + i);
        }

        var all = log.Read(0);
        var tail = log.Read(4);

        Assert.Equal(["line 2", "line 3", "line 4"], all.Lines.Select(l => l.Message));
        Assert.Equal(2, all.DroppedLines);
        Assert.Equal(5, all.LastLineNumber);
        Assert.Equal(0, all.FirstLineNumber);
        Assert.Equal(["line 4"], tail.Lines.Select(l => l.Message));
        Assert.Empty(log.Read(5).Lines);
    }

    [Fact]
    public async Task ReadChannel_TwoPipelines_SeparatesTheirLines()
    {
        var log = new ExecutionLog();
        var first = new LogChannel("first", null);
        var second = new LogChannel("second", null);
        var firstTransform = new LogChannel("first-transform", first);

        log.Basic("wf", "workflow line");
        await Task.WhenAll(WriteUnderAsync(log, first, "first line"), WriteUnderAsync(log, second, "second line"));
        await WriteUnderAsync(log, firstTransform, "transform line");
        log.Basic("wf", "after");

        Assert.Equal(["first line", "transform line"], log.ReadChannel(first, 0).Lines.Select(l => l.Message));
        Assert.Equal(["second line"], log.ReadChannel(second, 0).Lines.Select(l => l.Message));
        Assert.Null(LogChannel.Current);
    }

    private static async Task WriteUnderAsync(ExecutionLog log, LogChannel channel, string message)
    {
        LogChannel.Enter(channel);
        await Task.Yield();
        await Task.Run(() => log.Basic("p", message));
    }
}
