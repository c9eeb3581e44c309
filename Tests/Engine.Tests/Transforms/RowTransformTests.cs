using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class RowTransformTests
{
    [Fact]
    public async Task SortRows_AboveSortSize_SpillsAndMergesInOrder()
    {
        var rows = Enumerable.Range(0, 2500).Select(i => new string?[] { ((i * 7919) % 2500).ToString(), i % 3 == 0 ? null : "x" }).ToArray();

        var (outcome, sorted, _) = await TransformHarness.RunAsync(["n:Integer", "s:String"], rows, """
            <type>SortRows</type><directory>${TEMP_DIR}</directory><prefix>srt</prefix><sort_size>100</sort_size>
            <unique_rows>N</unique_rows>
            <fields><field><name>n</name><ascending>N</ascending><case_sensitive>Y</case_sensitive></field></fields>
            """);

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal(Enumerable.Range(0, 2500).Reverse().Select(i => (object?)(long)i), sorted.Select(r => r[0]));
    }

    [Fact]
    public async Task SortRows_CaseInsensitiveUnique_KeepsFirstOfEqualKeys()
    {
        string?[][] rows = [["b"], ["A"], ["a"], [null], ["B"]];

        var (outcome, sorted, _) = await TransformHarness.RunAsync(["s:String"], rows, """
            <type>SortRows</type><unique_rows>Y</unique_rows>
            <fields><field><name>s</name><ascending>Y</ascending><case_sensitive>N</case_sensitive></field></fields>
            """);

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal([[null], ["A"], ["b"]], sorted);
    }

    [Fact]
    public async Task Unique_WithCount_WritesCountPerRun()
    {
        string?[][] rows = [["a"], ["a"], ["b"], ["a"]];

        var (outcome, unique, names) = await TransformHarness.RunAsync(["s:String"], rows, """
            <type>Unique</type><count_rows>Y</count_rows><count_field>cnt</count_field>
            <fields><field><name>s</name><case_insensitive>N</case_insensitive></field></fields>
            """);

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal(["s", "cnt"], names);
        Assert.Equal([["a", 2L], ["b", 1L], ["a", 1L]], unique);
    }

    [Fact]
    public async Task Unique_RejectDuplicatesWithoutErrorHop_FailsPipeline()
    {
        var (outcome, _, _) = await TransformHarness.RunAsync(["s:String"], [["a"], ["a"]], """
            <type>Unique</type><reject_duplicate_row>Y</reject_duplicate_row><error_description>dup</error_description>
            <fields><field><name>s</name></field></fields>
            """);

        Assert.False(outcome.Success);
        Assert.Contains("dup", outcome.ErrorDescription);
    }

    [Fact]
    public async Task UniqueRowsByHashSet_DropsLaterDuplicates()
    {
        string?[][] rows = [["a", "1"], ["b", "1"], ["a", "2"], ["a", "1"]];

        var (outcome, unique, _) = await TransformHarness.RunAsync(["s:String", "n:Integer"], rows, """
            <type>UniqueRowsByHashSet</type><fields><field><name>s</name></field><field><name>n</name></field></fields>
            """);

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal([["a", 1L], ["b", 1L], ["a", 2L]], unique);
    }

    [Fact]
    public async Task Sequence_CountsFromStartAndLoopsAfterMaximum()
    {
        var (outcome, rows, _) = await TransformHarness.RunAsync(["s:String"], [["a"], ["b"], ["c"], ["d"]], """
            <type>Sequence</type><valuename>nr</valuename><use_counter>Y</use_counter>
            <start_at>5</start_at><increment_by>5</increment_by><max_value>12</max_value>
            """);

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal(new object?[] { 5L, 10L, 5L, 10L }, rows.Select(r => r[1]));
    }

    [Fact]
    public async Task FieldsChangeSequence_RestartsWhenFieldChanges()
    {
        var (outcome, rows, _) = await TransformHarness.RunAsync(["s:String"], [["a"], ["a"], ["b"], ["b"], ["b"]], """
            <type>FieldsChangeSequence</type><fields><field><name>s</name></field></fields>
            <increment>2</increment><resultfieldName>seq</resultfieldName><start>3</start>
            """);

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal(new object?[] { 3L, 5L, 3L, 5L, 7L }, rows.Select(r => r[1]));
    }

    [Theory]
    [InlineData("Hello World", 0, 5, "Hello")]
    [InlineData("Hello World", -5, 0, "Hello World")]
    [InlineData("Hello World", 0, -5, "World")]
    [InlineData("Hello", 7, 9, null)]
    [InlineData("Hello", 3, 99, "lo")]
    public void StringCut_CutsLikeHop(string text, int from, int to, string? expected)
    {
        Assert.Equal(expected, Engine.Pipelines.Transforms.StringCutTransform.Cut(text, from, to));
    }

    [Fact]
    public async Task NumberRange_NamesRangeOrFallback()
    {
        var (outcome, rows, _) = await TransformHarness.RunAsync(["price:Number"], [["5"], ["10"], [null], ["2000"]], """
            <type>NumberRange</type><inputField>price</inputField><outputField>range</outputField>
            <fallBackValue>illegal</fallBackValue>
            <rules>
              <rule><lower_bound>-1.7976931348623157E308</lower_bound><upper_bound>10.0</upper_bound><value>bargain</value></rule>
              <rule><lower_bound>10.0</lower_bound><upper_bound>50.0</upper_bound><value>cheap</value></rule>
            </rules>
            """);

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal(new object?[] { "bargain", "cheap", "illegal", "illegal" }, rows.Select(r => r[1]));
    }

    [Fact]
    public async Task IfNull_SelectedFields_ReplaceWithTypedDefaults()
    {
        var (outcome, rows, _) = await TransformHarness.RunAsync(["s:String", "n:Integer"], [[null, null], ["x", "3"]], """
            <type>IfNull</type><selectFields>Y</selectFields>
            <fields>
              <field><name>s</name><value>none</value><mask/><set_empty_string>N</set_empty_string></field>
              <field><name>n</name><value>-1</value><mask/><set_empty_string>N</set_empty_string></field>
            </fields>
            """);

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal([["none", -1L], ["x", 3L]], rows);
    }

    [Fact]
    public async Task ValueMapper_MapsToNewFieldWithDefault()
    {
        var (outcome, rows, _) = await TransformHarness.RunAsync(["code:String"], [["BE"], ["XX"], [null]], """
            <type>ValueMapper</type><field_to_use>code</field_to_use><target_field>country</target_field>
            <non_match_default>unknown</non_match_default>
            <fields>
              <field><source_value>BE</source_value><target_value>Belgium</target_value></field>
              <field><target_value>empty</target_value></field>
            </fields>
            """);

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal(new object?[] { "Belgium", "unknown", "empty" }, rows.Select(r => r[1]));
    }
}
