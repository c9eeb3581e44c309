using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class YamlInputTransformTests
{
    private static string Field(string name, string path, string type) =>
        $"<field><name>{name}</name><path>{path}</path><type>{type}</type><length>-1</length><precision>-1</precision><trim_type>none</trim_type></field>";

    private static PipelineHarness FromFile(string yaml, string settings, params string[] fields)
    {
        var harness = new PipelineHarness();
        var path = harness.WriteFile("data.yaml", yaml);
        return harness
            .Transform("yaml", "YamlInput",
                $"<file><name>{PipelineHarness.Escape(path)}</name><file_required>Y</file_required></file>" +
                $"<fields>{string.Concat(fields)}</fields>{settings}")
            .Result("yaml");
    }

    [Fact]
    public async Task YamlInput_ListPath_SpreadsRowsAndRepeatsSingleValues()
    {
        const string yaml = "project: Apache Hop\ncount: 4447\nawesome: yes\nengines:\n  - Spark\n  - Flink\nstats:\n  libs: 1159\n  nested: {a: 1}\n";
        var harness = FromFile(yaml, "<rownum>Y</rownum><rownum_field>nr</rownum_field>",
            Field("project", "project", "String"), Field("count", "count", "Integer"), Field("awesome", "awesome", "Boolean"),
            Field("engine", "engines", "String"), Field("stats", "$.stats", "String"));

        var rows = await harness.RowsAsync();

        Assert.Equal(2, rows.Count);
        Assert.Equal(new object?[] { "Apache Hop", 4447L, true, "Spark", "{libs:  1159,nested:  {a:  1}}", 1L }, rows[0].Values);
        Assert.Equal(new object?[] { "Apache Hop", 4447L, true, "Flink", "{libs:  1159,nested:  {a:  1}}", 2L }, rows[1].Values);
        Assert.Equal(HopValueType.Boolean, rows[0].Meta.Fields[2].Type);
    }

    [Fact]
    public async Task YamlInput_MultipleDocuments_ReadsEach()
    {
        const string yaml = "---\nname: \"Spark\"\nversion: \"1.20\"\nrate: 1.5\n---\nname: Janino\nrate: 2\n";
        var harness = FromFile(yaml, string.Empty,
            Field("name", "name", "String"), Field("version", "version", "String"), Field("rate", "rate", "Number"));

        var rows = await harness.RowsAsync();

        Assert.Equal(new object?[] { "Spark", "1.20", 1.5 }, rows[0].Values);
        Assert.Equal(new object?[] { "Janino", null, 2.0 }, rows[1].Values);
    }

    [Fact]
    public async Task YamlInput_ListDocument_GivesRowPerElement()
    {
        const string yaml = "tables:\n  - name: t_user\n    size: 100\n  - name: t_order\n    size: 30\n";
        var list = FromFile("- Spark\n- Flink\n- 0x10\n", string.Empty, Field("engine", "$[*]", "String"));
        var nested = FromFile(yaml, "<limit>1</limit>", Field("name", "tables[*].name", "String"), Field("size", "tables[*].size", "Integer"));

        var listRows = await list.RowsAsync();
        var nestedRows = await nested.RowsAsync();

        Assert.Equal(["Spark", "Flink", "16"], listRows.Select(r => r.Values[0]));
        Assert.Equal(new object?[] { "t_user", 100L }, Assert.Single(nestedRows).Values);
    }

    [Fact]
    public async Task YamlInput_FromField_KeepsInputFields()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["id:Integer", "yaml:String"], ["1", "{name: Spark, version: \"4.0.0\"}"], ["2", "{name: Flink}"])
            .Transform("yaml", "YamlInput",
                "<IsInFields>Y</IsInFields><YamlField>yaml</YamlField><fields>" +
                Field("name", "name", "String") + Field("version", "version", "String") + "</fields>")
            .Hop("grid", "yaml")
            .Result("yaml");

        var rows = await harness.RowsAsync();

        Assert.Equal(["id", "yaml", "name", "version"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(new object?[] { 1L, "{name: Spark, version: \"4.0.0\"}", "Spark", "4.0.0" }, rows[0].Values);
        Assert.Equal(new object?[] { "Flink", null }, rows[1].Values[2..]);
    }

    [Fact]
    public async Task YamlInput_InvalidYaml_FailsNamingFile()
    {
        var harness = FromFile("name: [unclosed\n", string.Empty, Field("name", "name", "String"));

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("data.yaml' is invalid: invalid YAML at line", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task YamlInput_TextAsInteger_FailsNamingField()
    {
        var harness = FromFile("count: many\n", string.Empty, Field("count", "count", "Integer"));

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("field 'count': the YAML value 'many' is not a valid Integer", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task YamlInput_SelfReferencingAlias_FailsNamingAlias()
    {
        var harness = FromFile("a: &x [1, *x]\n", string.Empty, Field("a", "a", "String"));

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the alias at line 1, column 4 refers to a node that contains it", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task YamlInput_DeepNesting_FailsInsteadOfCrashing()
    {
        var yaml = "a: " + new string('[', 50_000) + new string(']', 50_000) + "\n";
        var harness = FromFile(yaml, string.Empty, Field("a", "a", "String"));

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the collections are nested more than 1000 levels deep", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task YamlInput_InvalidPath_NamesTransform()
    {
        var harness = FromFile("a: 1\n", string.Empty, Field("a", "[[[", "String"));

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("Transform 'yaml' in pipeline", outcome.Log.Read(0).Text);
        Assert.Contains("'$.[[[' is invalid", outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task YamlInput_NullFileNameInField_FailsNamingField()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["file:String"], new string?[] { null })
            .Transform("yaml", "YamlInput", "<IsInFields>Y</IsInFields><IsAFile>Y</IsAFile><YamlField>file</YamlField>" +
                $"<fields>{Field("a", "a", "String")}</fields>")
            .Hop("grid", "yaml")
            .Result("yaml");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the YAML file name in field 'file' is empty (row 1)", outcome.Log.Read(0).Text);
    }
}
