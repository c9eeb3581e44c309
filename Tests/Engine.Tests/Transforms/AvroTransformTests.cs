using Avro;
using Avro.File;
using Avro.Generic;
using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class AvroTransformTests
{
    private const string SchemaJson = """
        {"type":"record","name":"person","fields":[
          {"name":"id","type":"int"},
          {"name":"name","type":"string"},
          {"name":"born","type":"string"},
          {"name":"salary","type":["null","double"],"default":null},
          {"name":"active","type":"boolean"}]}
        """;

    private static string Target(string source, string type, string format = "") =>
        $"<field><source_field>{source}</source_field><target_field_name>{source}</target_field_name>" +
        $"<target_type>{type}</target_type><target_format>{format}</target_format></field>";

    private static string WriteSample(string home)
    {
        var schema = (RecordSchema)Schema.Parse(SchemaJson);
        var path = Path.Combine(home, "people.avro");
        using var writer = DataFileWriter<GenericRecord>.OpenWriter(
            new GenericDatumWriter<GenericRecord>(schema), path, Codec.CreateCodec(Codec.Type.Deflate));
        writer.Append(Person(schema, 7, "Ann", "3/8/1971", 49756.53, true));
        writer.Append(Person(schema, 8, "Bob", "12/24/1980", null, false));
        return path;
    }

    private static GenericRecord Person(RecordSchema schema, int id, string name, string born, double? salary, bool active)
    {
        var record = new GenericRecord(schema);
        record.Add("id", id);
        record.Add("name", name);
        record.Add("born", born);
        record.Add("salary", salary);
        record.Add("active", active);
        return record;
    }

    private static PipelineHarness Decode(string fields, string extra = "", bool ignoreMissing = false)
    {
        var harness = new PipelineHarness();
        var path = WriteSample(harness.Home);
        return harness
            .Grid("files", ["filename:String"], [path])
            .Transform("read", "AvroFileInput", $"<data_filename_field>filename</data_filename_field><output_field>avro</output_field>{extra}")
            .Transform("decode", "AvroDecode", $"<source_field>avro</source_field><ignore_missing>{(ignoreMissing ? "Y" : "N")}</ignore_missing><fields>{fields}</fields>")
            .Hop("files", "read")
            .Hop("read", "decode")
            .Result("decode");
    }

    [Fact]
    public async Task AvroDecode_TypedTargets_ConvertsValues()
    {
        var harness = Decode(Target("id", "Integer") + Target("name", "String") + Target("born", "Date", "M/d/yyyy") +
            Target("salary", "Number") + Target("active", "String"));

        var rows = await harness.RowsAsync();

        Assert.Equal(2, rows.Count);
        Assert.Equal(["filename", "avro", "id", "name", "born", "salary", "active"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(HopValueType.AvroRecord, rows[0].Meta.Fields[1].Type);
        Assert.Equal(HopValueType.Date, rows[0].Meta.Fields[4].Type);
        Assert.Equal(new object?[] { 7L, "Ann", new DateTime(1971, 3, 8), 49756.53, "Y" }, rows[0].Values.Skip(2));
        Assert.Equal(new object?[] { 8L, "Bob", new DateTime(1980, 12, 24), null, "N" }, rows[1].Values.Skip(2));
    }

    [Fact]
    public async Task AvroFileInput_RowsLimit_StopsReading()
    {
        var harness = Decode(Target("id", "Integer"), "<rows_limit>1</rows_limit>");

        var rows = await harness.RowsAsync();

        Assert.Equal(7L, Assert.Single(rows).Values[2]);
    }

    [Fact]
    public async Task AvroDecode_MissingAvroField_FailsNamingField()
    {
        var harness = Decode(Target("nope", "String"));

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the Avro field 'nope' is not in the record schema 'person'", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task AvroDecode_IgnoreMissing_GivesNull()
    {
        var harness = Decode(Target("nope", "String") + Target("id", "Integer"), ignoreMissing: true);

        var rows = await harness.RowsAsync();

        Assert.Equal(new object?[] { null, 7L }, rows[0].Values.Skip(2));
    }

    [Fact]
    public async Task AvroDecode_BadTargetValue_FailsNamingValue()
    {
        var harness = Decode(Target("name", "Integer"));

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("converting Avro field 'name' value 'Ann' to Integer failed", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task AvroFileInput_MissingFile_FailsNamingFile()
    {
        var harness = new PipelineHarness()
            .Grid("files", ["filename:String"], ["/nonexistent/people.avro"])
            .Transform("read", "AvroFileInput", "<data_filename_field>filename</data_filename_field>")
            .Hop("files", "read")
            .Result("read");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("reading the Avro file '/nonexistent/people.avro' failed", outcome.Log.Read(0).Text);
    }
}
