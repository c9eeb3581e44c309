using Orleans.AsyncHop.Engine.Pipelines.Transforms.Text;
using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class TokenReplacementTransformTests
{
    private const string Tokens = "<token_start_string>${</token_start_string><token_end_string>}</token_end_string>" +
        "<fields><field><field_name>who</field_name><token_name>NAME</token_name></field>" +
        "<field><field_name>n</field_name><token_name>COUNT</token_name></field></fields>";

    [Fact]
    public async Task TokenReplacement_FieldInput_WritesOutputField()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["text:String", "who:String", "n:Integer"], ["Hi ${NAME}, ${COUNT} ${OTHER} ${NAME", "Ann", "3"], ["${NAME}!", null, null])
            .Transform("tokens", "TokenReplacementPlugin", "<input_type>field</input_type><input_field_name>text</input_field_name>" +
                "<output_type>Field</output_type><output_field_name>out</output_field_name>" + Tokens)
            .Hop("grid", "tokens")
            .Result("tokens");

        var rows = await harness.RowsAsync();

        Assert.Equal(["text", "who", "n", "out"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(HopValueType.String, rows[0].Meta.Fields[3].Type);
        Assert.Equal("Hi Ann, 3 ${OTHER} ${NAME", rows[0].Values[3]);
        Assert.Equal("!", rows[1].Values[3]);
    }

    [Fact]
    public async Task TokenReplacement_FileOutput_SplitsEveryRow()
    {
        var harness = new PipelineHarness();
        var target = Path.Combine(harness.Home, "out", "letter.txt");
        harness
            .Grid("grid", ["who:String", "n:Integer"], ["Ann", "1"], ["Bob", "2"])
            .Transform("tokens", "TokenReplacementPlugin", "<input_type>text</input_type><input_text>Dear ${NAME}</input_text>" +
                $"<output_type>file</output_type><output_filename>{target}</output_filename><create_parent_folder>Y</create_parent_folder>" +
                "<output_file_format>DOS</output_file_format><output_split_every>1</output_split_every>" + Tokens)
            .Hop("grid", "tokens")
            .Result("tokens");

        var rows = await harness.RowsAsync();

        Assert.Equal(2, rows.Count);
        Assert.Equal("Dear Ann\r\n", File.ReadAllText(Path.Combine(harness.Home, "out", "letter_0.txt")));
        Assert.Equal("Dear Bob\r\n", File.ReadAllText(Path.Combine(harness.Home, "out", "letter_1.txt")));
    }

    [Fact]
    public void TokenReplacer_MultiCharacterMarkers_ReplaceKnownTokens()
    {
        var tokens = new Dictionary<string, string> { ["a"] = "1", ["b%%"] = "2" };

        Assert.Equal("x1y%%b%%%%z", TokenReplacer.Replace("x%%a%%y%%b%%%%z", "%%", "%%", tokens));
        Assert.Equal("[[a]] 1", TokenReplacer.Replace("[[a]] <<a>>", "<<", ">>", tokens));
    }

    [Fact]
    public async Task TokenReplacement_MissingTokenField_FailsNamingField()
    {
        var harness = new PipelineHarness()
            .Grid("grid", ["text:String"], ["${NAME}"])
            .Transform("tokens", "TokenReplacementPlugin", "<input_type>field</input_type><input_field_name>text</input_field_name>" +
                "<output_type>field</output_type><output_field_name>out</output_field_name>" + Tokens)
            .Hop("grid", "tokens")
            .Result("tokens");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("Transform 'tokens' in pipeline 'test': field 'who' of token 'NAME' is not found", outcome.Log.Read(0).Text);
    }
}
