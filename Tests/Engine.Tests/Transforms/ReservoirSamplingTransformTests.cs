using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class ReservoirSamplingTransformTests
{
    private static PipelineHarness Build(string sampleSize, string seed = "123456")
    {
        var rows = Enumerable.Range(1, 10).Select(i => new string?[] { i.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToArray();
        return new PipelineHarness()
            .Grid("grid", ["id:Integer"], rows)
            .Transform("sample", "ReservoirSampling",
                $"<reservoir_sampling><sample_size>{sampleSize}</sample_size><seed>{seed}</seed></reservoir_sampling>")
            .Hop("grid", "sample")
            .Result("sample");
    }

    [Theory]
    [InlineData("5")]
    [InlineData("0.005k")]
    public async Task ReservoirSampling_SeededSample_MatchesHopRows(string sampleSize)
    {
        var rows = await Build(sampleSize).RowsAsync();

        // Hop picks these rows (its integration-test golden data) for seed 123456 from ids 1..10.
        Assert.Equal(new object?[] { 1L, 2L, 3L, 8L, 5L }, rows.Select(r => r.Values[0]));
    }

    [Fact]
    public async Task ReservoirSampling_SampleLargerThanInput_WritesAllRows()
    {
        var rows = await Build("1,000").RowsAsync();

        Assert.Equal(Enumerable.Range(1, 10).Select(i => (object?)(long)i), rows.Select(r => r.Values[0]));
    }

    [Fact]
    public async Task ReservoirSampling_SizeZero_PassesRowsThrough()
    {
        var rows = await Build("0").RowsAsync();

        Assert.Equal(10, rows.Count);
    }

    [Fact]
    public async Task ReservoirSampling_NegativeSize_WritesNothing()
    {
        var rows = await Build("-1").RowsAsync();

        Assert.Empty(rows);
    }

    [Fact]
    public async Task ReservoirSampling_InvalidSize_Fails()
    {
        var outcome = await Build("five").RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the sample size 'five' is not a valid integer", outcome.Log.Read(0).Text);
    }
}
