using Orleans.AsyncHop.Engine.Pipelines.Files.Properties;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class PropertyInputTransformTests
{
    private static string Field(string name, string column, string type = "String") =>
        $"<field><name>{name}</name><column>{column}</column><type>{type}</type><format/><length>-1</length>" +
        "<precision>-1</precision><trim_type>none</trim_type><repeat>N</repeat></field>";

    private static string Settings(string fileType, string file, string extra = "") =>
        $"<file_type>{fileType}</file_type><encoding>UTF-8</encoding><isaddresult>N</isaddresult>{extra}" +
        $"<file><name>{file}</name><filemask/><exclude_filemask/><file_required>Y</file_required>" +
        "<include_subfolders>N</include_subfolders></file>" +
        "<fields>" + Field("k", "key") + Field("v", "value") + "</fields>";

    [Fact]
    public async Task PropertyInput_PropertiesFile_ReadsInJavaHashOrder()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("a.properties", "# comment\n! other comment\nPROPERTY1=foo\nPROPERTY2 : bar\n" +
            "multi = one \\\n    two\nesc\\ key=tab\\there \\u0041\n");
        harness.Transform("props", "PropertyInput", Settings("property", "${PROJECT_HOME}/a.properties",
                "<rownum>Y</rownum><rownum_field>nr</rownum_field>"))
            .Result("props");

        var rows = await harness.RowsAsync();

        Assert.Equal(["k", "v", "nr"], rows[0].Meta.Fields.Select(f => f.Name));
        var expectedKeys = JavaHashOrder.Order(["PROPERTY1", "PROPERTY2", "multi", "esc key"]);
        Assert.Equal(expectedKeys, rows.Select(r => r.Values[0]));
        Assert.Equal(new object?[] { expectedKeys[0], 1L }, new[] { rows[0].Values[0], rows[0].Values[2] });
        Assert.Equal("bar", rows.Single(r => (string)r.Values[0]! == "PROPERTY2").Values[1]);
        Assert.Equal("one two", rows.Single(r => (string)r.Values[0]! == "multi").Values[1]);
        Assert.Equal("tab\there A", rows.Single(r => (string)r.Values[0]! == "esc key").Values[1]);
    }

    [Fact]
    public async Task PropertyInput_IniSection_ReadsOnlyThatSection()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("a.ini", "; comment\n[one]\nx = 1\n[two]\ny: 2\nz=3\n");
        harness.Transform("props", "PropertyInput", Settings("ini", "${PROJECT_HOME}/a.ini",
                "<section>two</section><ini_section>Y</ini_section><ini_section_field>sec</ini_section_field>"))
            .Result("props");

        var rows = await harness.RowsAsync();

        Assert.Equal(2, rows.Count);
        Assert.Equal(new object?[] { "y", "2", "two" }, rows[0].Values);
        Assert.Equal(new object?[] { "z", "3", "two" }, rows[1].Values);
    }

    [Fact]
    public async Task PropertyInput_MissingRequiredFile_Fails()
    {
        var harness = new PipelineHarness();
        harness.Transform("props", "PropertyInput", Settings("property", "${PROJECT_HOME}/absent.properties"))
            .Result("props");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("required file(s) not found", outcome.Log.Read(0).Text);
        Assert.Contains("absent.properties", outcome.Log.Read(0).Text);
    }

    [Fact]
    public void JavaHashOrder_TwoKeys_FollowsBinIndex()
    {
        var order = JavaHashOrder.Order(["PROPERTY1", "PROPERTY2"]);

        Assert.Equal(["PROPERTY2", "PROPERTY1"], order);
    }

    [Fact]
    public void JavaHashOrder_Resize_SplitsBinsLikeJava()
    {
        // The expected orders are what OpenJDK 17 prints for keySet() of a new Properties filled in this order.
        var keys = Enumerable.Range(1, 13).Select(i => "key" + i).ToList();
        var spread = Enumerable.Range(0, 40).Select(i => "k" + (i * 7919 % 1000)).ToList();

        var order = JavaHashOrder.Order(keys);
        var spreadOrder = JavaHashOrder.Order(spread);

        Assert.Equal("key1,key2,key5,key6,key3,key4,key9,key7,key8,key11,key10,key13,key12", string.Join(",", order));
        Assert.Equal(
            "k947,k408,k704,k190,k56,k380,k165,k461,k785,k246,k542,k489,k841,k866,k327,k623,k109,k922,k838,k0," +
            "k84,k919,k3,k271,k28,k570,k352,k299,k651,k595,k433,k894,k732,k676,k137,k514,k975,k813,k757,k218",
            string.Join(",", spreadOrder));
    }

    [Fact]
    public async Task PropertyInput_NullFileNameInField_FailsNamingField()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["file:String"], new string?[] { null })
            .Transform("props", "PropertyInput", "<filefield>Y</filefield><filename_Field>file</filename_Field>" +
                "<fields><field><name>k</name><column>key</column><type>String</type><length>-1</length><precision>-1</precision>" +
                "<trim_type>none</trim_type><repeat>N</repeat></field></fields>")
            .Hop("grid", "props")
            .Result("props");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the file name in field 'file' is empty (row 1)", outcome.Log.Read(0).Text);
    }
}
