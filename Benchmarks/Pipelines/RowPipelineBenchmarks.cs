using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace Orleans.AsyncHop.Benchmarks.Pipelines;

/// <summary>
/// Row generator → Add constants → Select values → Filter rows → Dummy in the engine, against a hand-written
/// loop that builds the same object rows and does the same work on them, one after another on one thread.
/// </summary>
public class RowPipelineBenchmarks
{
    private string folder = string.Empty;
    private string pipeline = string.Empty;

    [Params(10_000_000)]
    public int Rows { get; set; } = 10_000_000;

    [GlobalSetup]
    public void Setup()
    {
        folder = PipelineFiles.CreateFolder("rows");
        pipeline = PipelineFiles.WriteRowPipeline(folder);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark(Baseline = true)]
    public long HandWrittenLoop()
    {
        var generated = new object?[] { PipelineFiles.GeneratedId, PipelineFiles.GeneratedName, PipelineFiles.GeneratedAmount };
        var constants = new object?[] { PipelineFiles.ConstantFlag, PipelineFiles.ConstantLimit };
        var selected = new[] { 0, 1, 2, 4 };
        long kept = 0;
        for (var i = 0; i < Rows; i++)
        {
            var row = (object?[])generated.Clone();

            var withConstants = new object?[row.Length + constants.Length];
            Array.Copy(row, withConstants, row.Length);
            Array.Copy(constants, 0, withConstants, row.Length, constants.Length);

            var output = new object?[selected.Length];
            for (var f = 0; f < selected.Length; f++)
            {
                output[f] = withConstants[selected[f]];
            }

            if (output[2] is double value && value > PipelineFiles.FilterThreshold)
            {
                kept++;
            }
        }

        return kept;
    }

    [Benchmark]
    public long EnginePipeline()
    {
        var parameters = new Dictionary<string, string> { ["ROWS"] = Rows.ToString(CultureInfo.InvariantCulture) };
        return PipelineRunner.Run(pipeline, "end", parameters);
    }
}
