using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Values.Serialization;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class CubeTransformTests
{
    private static string OutputSettings(string path, bool lazy = false) =>
        $"<file><name>{path}</name><add_to_result_filenames>N</add_to_result_filenames>" +
        $"<do_not_open_newfile_init>{(lazy ? "Y" : "N")}</do_not_open_newfile_init></file>";

    private static string InputSettings(string path, int limit = 0) =>
        $"<file><name>{path}</name></file><limit>{limit}</limit><addfilenameresult>N</addfilenameresult>";

    [Fact]
    public async Task Cube_WriteThenRead_KeepsTypesAndValues()
    {
        var writing = new PipelineHarness();
        var path = Path.Combine(writing.Home, "rows.cube");
        writing.Grid("grid", ["id:Integer", "name:String", "amount:Number", "big:BigNumber", "ok:Boolean", "day:Date"],
                ["1", "Ann", "2.5", "12345678901234.5678", "Y", "2024/02/29 13:14:15.678"],
                ["2", null, null, null, null, null])
            .Transform("cube", "CubeOutput", OutputSettings(path))
            .Hop("grid", "cube");
        Assert.True((await writing.RunAsync()).Success);

        var reading = new PipelineHarness()
            .Transform("read", "CubeInput", InputSettings(path))
            .Result("read");
        var rows = await reading.RowsAsync();

        Assert.Equal(2, rows.Count);
        Assert.Equal(["id", "name", "amount", "big", "ok", "day"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(HopValueType.BigNumber, rows[0].Meta.Fields[3].Type);
        Assert.Equal(new object?[] { 1L, "Ann", 2.5, 12345678901234.5678m, true, new DateTime(2024, 2, 29, 13, 14, 15, 678) },
            rows[0].Values);
        Assert.Equal(new object?[] { 2L, null, null, null, null, null }, rows[1].Values);
    }

    [Fact]
    public async Task CubeOutput_SmallFile_MatchesJavaLayout()
    {
        var harness = new PipelineHarness();
        var path = Path.Combine(harness.Home, "small.cube");
        harness.Grid("grid", ["n:Integer"], ["258"], [null])
            .Transform("cube", "CubeOutput", OutputSettings(path))
            .Hop("grid", "cube");
        Assert.True((await harness.RunAsync()).Success);

        var compressed = await File.ReadAllBytesAsync(path);
        Assert.Equal(new byte[] { 0x1f, 0x8b }, compressed[..2]);
        var bytes = Decompress(compressed);
        var expected = new List<byte>();
        expected.AddRange([0, 0, 0, 1, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 1, (byte)'n']);
        var meta = bytes[17..^(1 + 8 + 1)];
        expected.AddRange(meta);
        expected.AddRange([0, 0, 0, 0, 0, 0, 0, 1, 2, 1]);
        Assert.Equal(expected, bytes);
        Assert.Equal(new byte[] { 0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0 }, meta[..8]);
    }

    [Fact]
    public void RowWriter_StringField_MatchesJavaLayout()
    {
        using var stream = new MemoryStream();
        var writer = new HopRowWriter(stream);
        var meta = new RowMeta([new ValueMeta("s", HopValueType.String) { Length = 3, Origin = "o" }]);

        writer.WriteMeta(meta);
        writer.WriteData(meta, ["é"]);

        var expected = new List<byte>();
        void Int(int value) => expected.AddRange(BitConverter.GetBytes(BinaryPrimitives.ReverseEndianness(value)));
        void Text(string? value)
        {
            if (value is null)
            {
                Int(-1);
                return;
            }

            var utf8 = Encoding.UTF8.GetBytes(value);
            Int(utf8.Length);
            expected.AddRange(utf8);
        }

        Int(1);
        Int(2);
        Int(0);
        Text("s");
        Int(3);
        Int(-1);
        Text("o");
        Text(null);
        Text(null);
        Text(".");
        Text(",");
        Text("$");
        Int(0);
        expected.Add(0);
        Text("en-US");
        expected.Add(1);
        Int(0);
        expected.AddRange([0, 0, 0]);
        Text("en_US");
        Text(TimeZoneInfo.Local.Id);
        expected.Add(0);
        expected.Add(0);
        Text("é");
        Assert.Equal(expected, stream.ToArray());
    }

    [Fact]
    public async Task CubeInput_RowLimit_StopsAfterLimit()
    {
        var writing = new PipelineHarness();
        var path = Path.Combine(writing.Home, "rows.cube");
        writing.Grid("grid", ["v:String"], ["a"], ["b"], ["c"])
            .Transform("cube", "CubeOutput", OutputSettings(path, lazy: true))
            .Hop("grid", "cube");
        Assert.True((await writing.RunAsync()).Success);

        var rows = await new PipelineHarness().Transform("read", "CubeInput", InputSettings(path, 2)).Result("read").RowsAsync();

        Assert.Equal(["a", "b"], rows.Select(r => (string?)r.Values[0]));
    }

    [Fact]
    public async Task CubeOutput_EmptyStream_WritesLayoutOnly()
    {
        var writing = new PipelineHarness();
        var path = Path.Combine(writing.Home, "empty.cube");
        writing.Grid("grid", ["v:String", "n:Integer"])
            .Transform("cube", "CubeOutput", OutputSettings(path))
            .Hop("grid", "cube");
        Assert.True((await writing.RunAsync()).Success);

        var bytes = Decompress(await File.ReadAllBytesAsync(path));
        var rows = await new PipelineHarness().Transform("read", "CubeInput", InputSettings(path)).Result("read").RowsAsync();

        Assert.Equal(new byte[] { 0, 0, 0, 2, 0, 0, 0, 2 }, bytes[..8]);
        Assert.Empty(rows);
    }

    [Fact]
    public async Task CubeInput_NotGzipFile_FailsNamingFile()
    {
        var harness = new PipelineHarness();
        var path = harness.WriteFile("plain.cube", "not a cube");
        harness.Transform("read", "CubeInput", InputSettings(path)).Result("read");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains($"reading the serialized rows of file '{path}' failed", outcome.Log.Read(0).Text);
    }

    private static byte[] Decompress(byte[] compressed)
    {
        using var zip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var copy = new MemoryStream();
        zip.CopyTo(copy);
        return copy.ToArray();
    }
}
