using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class ParquetTransformTests
{
    private static string OutputSettings(string home, string codec, string fields, string extra = "") =>
        $"<compression_codec>{codec}</compression_codec><filename_base>{home}/out/data</filename_base>" +
        "<filename_ext>parquet</filename_ext><filename_create_parent_folders>Y</filename_create_parent_folders>" +
        "<filename_include_copy>N</filename_include_copy><filename_include_split>N</filename_include_split>" +
        $"<row_group_size>20000</row_group_size><fields>{fields}</fields>{extra}";

    private static string Map(string source, string target) =>
        $"<field><source_field>{source}</source_field><target_field>{target}</target_field></field>";

    private static string Read(string source, string target, string type, string format = "") =>
        $"<field><source_field>{source}</source_field><target_field>{target}</target_field>" +
        $"<target_type>{type}</target_type><target_format>{format}</target_format></field>";

    private static async Task WriteSampleAsync(string home, string codec)
    {
        var writer = new PipelineHarness()
            .Grid("grid", ["id:Integer", "name:String", "amount:Number", "born:Date:yyyyMMddHHmmss", "ok:Boolean", "big:BigNumber"],
                ["1", "a", "1.5", "20211201010203", "Y", "12345678901234.5678"],
                ["2", null, null, null, null, null])
            .Transform("out", "ParquetFileOutput", OutputSettings(home, codec,
                Map("id", "id") + Map("name", "label") + Map("amount", "amount") + Map("born", "born") + Map("ok", "ok") + Map("big", "big")))
            .Hop("grid", "out")
            .Result("out");
        var passed = await writer.RowsAsync();
        Assert.Equal(2, passed.Count);
        var name = codec == "SNAPPY" ? "data.parquet.snappy" : "data.parquet";
        Assert.True(File.Exists(Path.Combine(home, "out", name)));
    }

    [Fact]
    public async Task ParquetOutput_SnappyRoundTrip_KeepsTypedValues()
    {
        var reader = new PipelineHarness();
        await WriteSampleAsync(reader.Home, "SNAPPY");
        reader
            .Grid("files", ["filename:String"], [$"{reader.Home}/out/data.parquet.snappy"])
            .Transform("in", "ParquetFileInput", "<filename_field>filename</filename_field><fields>" +
                Read("id", "id", "Integer") + Read("label", "label", "String") + Read("amount", "amount", "Number") +
                Read("born", "born", "Date", "yyyy/MM/dd HH:mm:ss") + Read("ok", "ok", "Boolean") +
                Read("big", "big", "BigNumber") + "</fields>")
            .Hop("files", "in")
            .Result("in");

        var rows = await reader.RowsAsync();

        Assert.Equal(2, rows.Count);
        Assert.Equal(["filename", "id", "label", "amount", "born", "ok", "big"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(HopValueType.Date, rows[0].Meta.Fields[4].Type);
        Assert.Equal(HopValueType.BigNumber, rows[0].Meta.Fields[6].Type);
        Assert.Equal(1L, rows[0].Values[1]);
        Assert.Equal("a", rows[0].Values[2]);
        Assert.Equal(1.5, rows[0].Values[3]);
        Assert.Equal(new DateTime(2021, 12, 1, 1, 2, 3), rows[0].Values[4]);
        Assert.Equal(true, rows[0].Values[5]);
        Assert.Equal(12345678901234.5678m, rows[0].Values[6]);
        Assert.Equal(new object?[] { 2L, null, null, null, null, null }, rows[1].Values.Skip(1));
    }

    [Fact]
    public async Task ParquetInput_NoFieldsListed_ReadsAllColumns()
    {
        var reader = new PipelineHarness();
        await WriteSampleAsync(reader.Home, "UNCOMPRESSED");
        reader
            .Grid("files", ["filename:String"], [$"{reader.Home}/out/data.parquet"], [null])
            .Transform("in", "ParquetFileInput", "<filename_field>filename</filename_field><fields/>")
            .Hop("files", "in")
            .Result("in");

        var rows = await reader.RowsAsync();

        Assert.Equal(2, rows.Count);
        Assert.Equal(["filename", "id", "label", "amount", "born", "ok", "big"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(HopValueType.Integer, rows[0].Meta.Fields[1].Type);
        Assert.Equal(HopValueType.Timestamp, rows[0].Meta.Fields[4].Type);
        Assert.Equal(HopValueType.String, rows[0].Meta.Fields[6].Type);
        Assert.Equal("12345678901234.5678", rows[0].Values[6]);
    }

    [Fact]
    public async Task ParquetOutput_FileNameParts_FollowHopOrder()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer"], ["1"])
            .Transform("out", "ParquetFileOutput",
                $"<compression_codec>GZIP</compression_codec><filename_base>{"${PROJECT_HOME}"}/parts</filename_base>" +
                "<filename_include_copy>Y</filename_include_copy><filename_include_split>Y</filename_include_split>" +
                "<filename_compression_before_extension>Y</filename_compression_before_extension><fields/>")
            .Hop("grid", "out")
            .Result("out");

        await harness.RowsAsync();

        Assert.True(File.Exists(Path.Combine(harness.Home, "parts-00-0001.gz.parquet")));
    }

    [Fact]
    public async Task ParquetOutput_MissingSourceField_Fails()
    {
        var harness = new PipelineHarness();
        harness
            .Grid("grid", ["id:Integer"], ["1"])
            .Transform("out", "ParquetFileOutput", OutputSettings(harness.Home, "UNCOMPRESSED", Map("nope", "nope")))
            .Hop("grid", "out")
            .Result("out");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the source field 'nope' was not found", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task ParquetInput_UnconvertibleTargetType_FailsNamingField()
    {
        var reader = new PipelineHarness();
        await WriteSampleAsync(reader.Home, "UNCOMPRESSED");
        reader
            .Grid("files", ["filename:String"], [$"{reader.Home}/out/data.parquet"])
            .Transform("in", "ParquetFileInput", "<filename_field>filename</filename_field><fields>" +
                Read("ok", "ok", "Date") + "</fields>")
            .Hop("files", "in")
            .Result("in");

        var outcome = await reader.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("Unable to convert Boolean source data to type Date for field 'ok'", outcome.Log.Read(0).Text);
    }
}
