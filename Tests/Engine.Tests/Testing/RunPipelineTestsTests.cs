using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Testing;

public sealed class RunPipelineTestsTests
{
    [Fact]
    public async Task GoldenDataSet_MatchingRowsInAnyOrderWithFieldOrder_Passes()
    {
        var project = new UnitTestProject();

        var outcome = await project.RunTestsAsync("scores UNIT");

        Assert.True(outcome.Success, UnitTestProject.Errors(outcome));
        Assert.Contains("Unit test 'scores UNIT' passed.", outcome.Log.Read().Text);
    }

    [Fact]
    public async Task GoldenDataSet_ChangedValue_FailsNamingTestRowFieldExpectedAndActual()
    {
        var project = new UnitTestProject();
        var golden = project.PathOf("datasets/golden-scores.csv");
        await File.WriteAllTextAsync(golden, (await File.ReadAllTextAsync(golden)).Replace("1,ann,7.5", "1,ann,7.25"));

        var outcome = await project.RunTestsAsync("scores UNIT");

        Assert.False(outcome.Success);
        Assert.Contains(
            "Unit test 'scores UNIT', transform 'OUTPUT', golden data set 'golden-scores': row 1, field 'score': expected [7.25] but was [7.5].",
            UnitTestProject.Errors(outcome));
    }

    [Fact]
    public async Task GoldenDataSet_WithoutFieldOrder_ComparesInArrivalOrder()
    {
        var project = new UnitTestProject();

        var outcome = await project.RunTestsAsync("scores-unordered UNIT");

        Assert.False(outcome.Success);
        Assert.Contains("row 1, field 'id': expected [4] but was [1]", UnitTestProject.Errors(outcome));
    }

    [Fact]
    public async Task GoldenDataSet_ExtraRow_FailsOnRowCount()
    {
        var project = new UnitTestProject();
        await File.AppendAllTextAsync(project.PathOf("datasets/golden-scores.csv"), "5,eve,6\n");

        var outcome = await project.RunTestsAsync("scores UNIT");

        Assert.False(outcome.Success);
        Assert.Contains("expected 4 row(s) but the transform received 3", UnitTestProject.Errors(outcome));
    }

    [Theory]
    [InlineData("9.0000005", true)]
    [InlineData("9.00001", false)]
    public async Task GoldenDataSet_Numbers_AreEqualWithinOneMillionth(string goldenScore, bool passes)
    {
        var project = new UnitTestProject();
        var golden = project.PathOf("datasets/golden-scores.csv");
        await File.WriteAllTextAsync(golden, (await File.ReadAllTextAsync(golden)).Replace("3,cid,9", "3,cid," + goldenScore));

        var outcome = await project.RunTestsAsync("scores UNIT");

        Assert.Equal(passes, outcome.Success);
    }

    [Fact]
    public async Task InputDataSet_ReplacesTransformOutputSortedOnFieldOrder()
    {
        var project = new UnitTestProject();

        var outcome = await project.RunTestsAsync("scores-input UNIT");

        Assert.True(outcome.Success, UnitTestProject.Errors(outcome));
    }

    [Fact]
    public async Task InputDataSet_ChangedInputValue_MakesTheGoldenComparisonFail()
    {
        var project = new UnitTestProject();
        var input = project.PathOf("datasets/input-scores.csv");
        await File.WriteAllTextAsync(input, (await File.ReadAllTextAsync(input)).Replace("10,max,2", "10,max,5"));

        var outcome = await project.RunTestsAsync("scores-input UNIT");

        Assert.False(outcome.Success);
        Assert.Contains("expected 2 row(s) but the transform received 3", UnitTestProject.Errors(outcome));
    }

    [Fact]
    public async Task BypassTweak_ReplacesTransformWithDummy()
    {
        var project = new UnitTestProject();

        var outcome = await project.RunTestsAsync("scores-bypass UNIT");

        Assert.True(outcome.Success, UnitTestProject.Errors(outcome));
    }

    [Fact]
    public async Task RemoveTweak_RemovesTransformAndItsHops()
    {
        var project = new UnitTestProject();

        var withBranch = await project.RunTestsAsync("abort-branch UNIT");
        var removed = await project.RunTestsAsync("abort-branch-removed UNIT");

        Assert.False(withBranch.Success);
        Assert.Contains("the pipeline 'abort-branch' ended with", UnitTestProject.Errors(withBranch));
        Assert.True(removed.Success, UnitTestProject.Errors(removed));
    }

    [Fact]
    public async Task SeveralTests_OneFailing_FailsTheActionAndNamesIt()
    {
        var project = new UnitTestProject();
        var golden = project.PathOf("datasets/golden-all-scores.csv");
        await File.WriteAllTextAsync(golden, (await File.ReadAllTextAsync(golden)).Replace("2,bob", "2,rob"));

        var outcome = await project.RunTestsAsync("scores UNIT", "scores-bypass UNIT");

        Assert.False(outcome.Success);
        var errors = UnitTestProject.Errors(outcome);
        Assert.Contains("row 2, field 'name': expected [rob] but was [bob]", errors);
        Assert.Contains("1 of 2 unit test(s) failed: scores-bypass UNIT.", errors);
    }

    [Fact]
    public async Task VariableValues_AreResolvedAndSetForThePipeline()
    {
        var project = new UnitTestProject();

        var outcome = await project.RunTestsAsync("greeting UNIT");

        Assert.True(outcome.Success, UnitTestProject.Errors(outcome));
    }

    [Fact]
    public async Task VariableValues_ChangedValue_FailsTheGoldenComparison()
    {
        var project = new UnitTestProject();
        var test = project.PathOf("metadata/unit-test/greeting UNIT.json");
        await File.WriteAllTextAsync(test, (await File.ReadAllTextAsync(test)).Replace("hello from", "bye from"));

        var outcome = await project.RunTestsAsync("greeting UNIT");

        Assert.False(outcome.Success);
        Assert.Contains("expected [hello from tests] but was [bye from tests]", UnitTestProject.Errors(outcome));
    }

    [Fact]
    public async Task UnknownTest_FailsNamingTheTest()
    {
        var project = new UnitTestProject();

        var outcome = await project.RunTestsAsync("no such UNIT");

        Assert.False(outcome.Success);
        Assert.Contains("Unit test 'no such UNIT' does not exist", UnitTestProject.Errors(outcome));
    }

    [Fact]
    public async Task GoldenDataSet_MappedFieldMissingFromTransform_Fails()
    {
        var project = new UnitTestProject();
        var test = project.PathOf("metadata/unit-test/scores UNIT.json");
        await File.WriteAllTextAsync(test, (await File.ReadAllTextAsync(test)).Replace("\"transform_field\": \"name\"", "\"transform_field\": \"nickname\""));

        var outcome = await project.RunTestsAsync("scores UNIT");

        Assert.False(outcome.Success);
        Assert.Contains("field 'nickname' is not in the transform results", UnitTestProject.Errors(outcome));
    }
}
