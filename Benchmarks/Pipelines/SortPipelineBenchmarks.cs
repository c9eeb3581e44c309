using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace Orleans.AsyncHop.Benchmarks.Pipelines;

/// <summary>
/// CSV file input → Sort rows → Text file output in the engine, against the same by hand: read and parse
/// each line, sort stably on the key, write the lines back.
/// </summary>
public class SortPipelineBenchmarks
{
    private string folder = string.Empty;
    private string pipeline = string.Empty;
    private string input = string.Empty;

    [Params(1_000_000)]
    public int Rows { get; set; } = 1_000_000;

    [GlobalSetup]
    public void Setup()
    {
        folder = PipelineFiles.CreateFolder("sort");
        pipeline = PipelineFiles.WriteSortPipeline(folder);
        input = PipelineFiles.WriteSortInput(folder, Rows);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark(Baseline = true)]
    public long HandWritten()
    {
        var rows = new List<(long Key, string Name)>(Rows);
        using (var reader = new StreamReader(input, Encoding.UTF8))
        {
            reader.ReadLine();
            while (reader.ReadLine() is { } line)
            {
                var separator = line.IndexOf(';', StringComparison.Ordinal);
                rows.Add((long.Parse(line.AsSpan(0, separator), CultureInfo.InvariantCulture), line[(separator + 1)..]));
            }
        }

        var sorted = rows.OrderBy(r => r.Key).ToList();
        using var writer = new StreamWriter(Path.Combine(folder, "by-hand.csv"), append: false, new UTF8Encoding(false));
        writer.Write("key;name\n");
        foreach (var (key, name) in sorted)
        {
            writer.Write(key.ToString(CultureInfo.InvariantCulture));
            writer.Write(';');
            writer.Write(name);
            writer.Write('\n');
        }

        return sorted.Count;
    }

    [Benchmark]
    public long EnginePipeline()
    {
        var parameters = new Dictionary<string, string>
        {
            ["INPUT"] = input,
            ["OUTPUT"] = Path.Combine(folder, "by-engine.csv"),
        };
        return PipelineRunner.Run(pipeline, "write", parameters);
    }

    /// <summary>The sorted output of the last engine run, for checks.</summary>
    public string EngineOutput => Path.Combine(folder, "by-engine.csv");

    public string HandOutput => Path.Combine(folder, "by-hand.csv");
}
