using Orleans.AsyncHop.Engine.Pipelines;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Pipelines;

public sealed class TransformStatusSnapshotTests
{
    [Fact]
    public void Speed_FiveThousandRowsInTwoPointFourSeconds_MatchesHop()
    {
        var status = Status(read: 5000, written: 5000, milliseconds: 2400, running: false);

        Assert.Equal(" 2,083", status.Speed);
        Assert.Equal(2.4, status.Seconds);
        Assert.Equal("-", status.Priority);
    }

    [Fact]
    public void Speed_HalfwayRate_RoundsToEven()
    {
        Assert.Equal(" 2", Status(read: 5, written: 0, milliseconds: 2000, running: false).Speed);
        Assert.Equal(" 4", Status(read: 7, written: 0, milliseconds: 2000, running: false).Speed);
    }

    [Fact]
    public void Speed_OutputSide_CountsUpdatedAndRejected()
    {
        var status = Status(read: 10, written: 10, milliseconds: 1000, running: false) with { LinesOutput = 10, LinesUpdated = 20 };

        Assert.Equal(" 30", status.Speed);
    }

    [Fact]
    public void Speed_NoRunTime_IsDash()
    {
        var status = Status(read: 0, written: 0, milliseconds: 0, running: false);

        Assert.Equal("-", status.Speed);
        Assert.Equal(0.0, status.Seconds);
    }

    [Fact]
    public void Seconds_HalfTenth_RoundsUp()
    {
        Assert.Equal(0.1, Status(read: 1, written: 1, milliseconds: 50, running: false).Seconds);
        Assert.Equal(1.3, Status(read: 1, written: 1, milliseconds: 1250, running: false).Seconds);
    }

    [Fact]
    public void Priority_RunningCopy_ShowsBufferSizes()
    {
        var status = Status(read: 1, written: 1, milliseconds: 10, running: true) with { InputBufferSize = 3, OutputBufferSize = 12 };

        Assert.Equal("   3/12", status.Priority);
    }

    private static TransformStatusSnapshot Status(long read, long written, long milliseconds, bool running) =>
        new("t", 0, read, written, 0, 0, 0, 0, 0, 0, 0, running ? "Running" : "Finished", milliseconds, running, false, false, string.Empty);
}
