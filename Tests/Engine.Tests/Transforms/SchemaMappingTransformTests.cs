using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class SchemaMappingTransformTests
{
    private const string Schema = """
        {
          "name": "People",
          "fieldDefinitions": [
            { "name": "who", "hopType": "String", "length": 20, "precision": -1, "formatMask": "", "trimType": 0 },
            { "name": "born", "hopType": "Date", "length": -1, "precision": -1, "formatMask": "yyyy/MM/dd", "trimType": 0 },
            { "name": "score", "hopType": "Number", "length": -1, "precision": -1, "formatMask": "#.##", "decimalSymbol": ",", "trimType": 0 },
            { "name": "note", "hopType": "String", "length": -1, "precision": -1, "formatMask": "", "trimType": 0 }
          ]
        }
        """;

    private static PipelineHarness Map(string mappings)
    {
        var harness = new PipelineHarness();
        harness.WriteFile(Path.Combine("metadata", "schema-definition", "People.json"), Schema);
        return harness
            .Grid("grid", ["name:String", "birth:String", "points:String"], ["Ann", "1990/02/03", "1,5"], [null, null, null])
            .Transform("map", "SchemaMapping", $"<schemaName>People</schemaName><mappings>{mappings}</mappings>")
            .Hop("grid", "map")
            .Result("map");
    }

    private static string Mapping(string schemaField, string streamField) =>
        $"<mapping><fieldSchemaDefinition>{schemaField}</fieldSchemaDefinition><fieldStream>{streamField}</fieldStream></mapping>";

    [Fact]
    public async Task SchemaMapping_MappedFields_ConvertWithSchemaFormats()
    {
        var harness = Map(Mapping("who", "name") + Mapping("born", "birth") + Mapping("score", "points"));

        var rows = await harness.RowsAsync();

        Assert.Equal(["who", "born", "score", "note"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal([HopValueType.String, HopValueType.Date, HopValueType.Number, HopValueType.String],
            rows[0].Meta.Fields.Select(f => f.Type));
        Assert.Equal(new object?[] { "Ann", new DateTime(1990, 2, 3), 1.5, null }, rows[0].Values);
        Assert.Equal(new object?[] { null, null, null, null }, rows[1].Values);
        Assert.Equal("map", rows[0].Meta.Fields[3].Origin);
        Assert.Equal(string.Empty, rows[0].Meta.Fields[0].Origin);
    }

    [Fact]
    public async Task SchemaMapping_MissingStreamField_FailsNamingIt()
    {
        var outcome = await Map(Mapping("who", "nope")).RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("input field 'nope' mapped to schema field 'who' is not found", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task SchemaMapping_UnknownSchema_FailsAtStart()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["name:String"], ["Ann"])
            .Transform("map", "SchemaMapping", "<schemaName>Nobody</schemaName>")
            .Hop("grid", "map")
            .Result("map");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("Schema definition 'Nobody' does not exist", outcome.ErrorDescription + outcome.Log.Read(0).Text);
    }
}
