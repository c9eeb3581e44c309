using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Corpus;

/// <summary>
/// Checks transforms against the golden data sets of the corpus' unit tests (tier 2): the transform's
/// rows must equal the data set's rows, in order.
/// </summary>
[Collection(CorpusCollection.Name)]
public sealed class GoldenTransformTests
{
    [Theory]
    [InlineData("transforms", "0014-merge-join.hpl", "Verify Inner", "golden-merge-join-inner")]
    [InlineData("transforms", "0014-merge-join.hpl", "Verify Left Outer", "golden-merge-join-left-outer")]
    [InlineData("transforms", "0014-merge-join.hpl", "Verify Right Outer", "golden-merge-join-right-outer")]
    [InlineData("transforms", "0014-merge-join.hpl", "Verify Full Outer", "golden-merge-join-full-outer")]
    [InlineData("transforms", "0014-merge-join-double-fields.hpl", "Verify Inner", "golden-merge-join-double-fields")]
    [InlineData("transforms", "0022-stream-lookup.hpl", "Verify", "golden-stream-lookup")]
    [InlineData("transforms", "0022-stream-lookup-default-variables.hpl", "Verify", "golden-stream-lookup-default-variable")]
    [InlineData("transforms", "0033-clone-row.hpl", "Result constant", "golden-clone-row-constant")]
    [InlineData("transforms", "0033-clone-row.hpl", "Result dynamic", "golden-clone-row-dynamic")]
    [InlineData("transforms", "0044-join-rows.hpl", "Verify equal", "golden-join-rows-equal")]
    [InlineData("transforms", "0044-join-rows.hpl", "Verify range", "golden-join-rows-range")]
    [InlineData("transforms", "0059-get-files-rows-count.hpl", "Verify", "golden-get-files-rows-count")]
    [InlineData("transforms", "0040-text-file-input-utf-bom.hpl", "Verify", "golden-csv-input-utf-bom")]
    [InlineData("transforms", "0074-select-values-remove.hpl", "Assert", "golden-select-values")]
    [InlineData("json", "0012-json-input-file-in-field.hpl", "Validate", "golden-json-input-file-in-field")]
    public async Task Transform_MatchesGoldenDataSet(string project, string pipeline, string transform, string dataSet)
    {
        var (columns, expected) = GoldenPipelineRunner.ReadGolden(project, dataSet);

        var (outcome, actual) = await GoldenPipelineRunner.RunAsync(project, pipeline, transform, columns);

        Assert.True(outcome.Success, outcome.ErrorDescription + Environment.NewLine + outcome.Log.Read(0).Text);
        Assert.Equal(expected, actual);
    }

    /// <summary>The golden transform of these pipelines follows a Sort rows, so the reader's rows are compared sorted.</summary>
    [Theory]
    [InlineData("transforms", "0100-text-file-input-include-subfolders.hpl", "Text file input", "golden-text-file-input-include-subfolders")]
    [InlineData("transforms", "0100-json-input-include-subfolders.hpl", "JSON input", "golden-json-input-include-subfolders")]
    public async Task Reader_MatchesSortedGoldenDataSet(string project, string pipeline, string transform, string dataSet)
    {
        var (columns, expected) = GoldenPipelineRunner.ReadGolden(project, dataSet);
        var home = TestPaths.CopyCorpusProject(project);
        var path = Path.Combine(home, pipeline);
        File.WriteAllText(path, File.ReadAllText(path).Replace("<type>SortRows</type>", "<type>Dummy</type>"));

        var (outcome, actual) = await GoldenPipelineRunner.RunCopyAsync(home, pipeline, transform, columns);

        Assert.True(outcome.Success, outcome.ErrorDescription + Environment.NewLine + outcome.Log.Read(0).Text);
        Assert.Equal(expected, actual.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task JsonInput_JsonTypedField_MatchesGoldenDataSet()
    {
        var (columns, expected) = GoldenPipelineRunner.ReadGolden("json", "golden-json-input-json");
        var home = TestPaths.CopyCorpusProject("json");
        var path = Path.Combine(home, "0007-json-input-json-value.hpl");
        File.WriteAllText(path, File.ReadAllText(path).Replace("<type>Validator</type>", "<type>Dummy</type>"));

        var (outcome, actual) = await GoldenPipelineRunner.RunCopyAsync(home, "0007-json-input-json-value.hpl", "Get Attributes", [.. columns, "secondMove"]);

        Assert.True(outcome.Success, outcome.ErrorDescription + Environment.NewLine + outcome.Log.Read(0).Text);
        Assert.Equal(expected, actual.Select(line => line[..line.IndexOf(",\"", StringComparison.Ordinal)]));
        Assert.Equal("Goku,9500,\"{\"\"power\"\":12000,\"\"moveName\"\":\"\"Spirit Bomb\"\"}\"", actual[0]);
    }
}
