using Orleans.AsyncHop.Engine.Pipelines.Files.Metadata;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class FileMetadataTransformTests
{
    private const string Candidates =
        "<limitRows>10000</limitRows><defaultCharset>ISO-8859-1</defaultCharset>" +
        "<delimiterCandidate><candidate>;</candidate></delimiterCandidate>" +
        "<delimiterCandidate><candidate>,</candidate></delimiterCandidate>" +
        "<enclosureCandidate><candidate>\"</candidate></enclosureCandidate>";

    [Fact]
    public async Task FileMetadata_HeaderedCsv_DescribesEachColumn()
    {
        var harness = new PipelineHarness();
        harness.WriteFile("in.csv", "id,label,price,day,flag\n" +
            "1,\"a, b\",1.5,2024-01-02,true\n" +
            "2,c,22.25,2024-02-03,false\n" +
            "3,d,3.0,2024-03-04,true\n");
        harness.Transform("meta", "FileMetadataPlugin", "<fileName>${PROJECT_HOME}/in.csv</fileName>" + Candidates)
            .Result("meta");

        var rows = await harness.RowsAsync();

        Assert.Equal(5, rows.Count);
        Assert.Equal(new object?[] { "US-ASCII", ",", "\"", 5L, 0L, 0L, true }, rows[0].Values.Take(7));
        Assert.Equal(new object?[] { "id", "Integer", 15L, 0L, "#", ".", "," }, rows[0].Values.Skip(7));
        Assert.Equal(new object?[] { "label", "String", 4L, null, null, ".", "," }, rows[1].Values.Skip(7));
        Assert.Equal(new object?[] { "price", "Number", 5L, 2L, "#.#", ".", "," }, rows[2].Values.Skip(7));
        Assert.Equal(new object?[] { "day", "Date", null, null, "yyyy-MM-dd", ".", "," }, rows[3].Values.Skip(7));
        Assert.Equal(new object?[] { "flag", "Boolean", null, null, null, ".", "," }, rows[4].Values.Skip(7));
    }

    [Fact]
    public async Task FileMetadata_MissingFile_WritesEmptyRow()
    {
        var harness = new PipelineHarness();
        harness.Grid("grid", ["f:String"], ["/nowhere/none.csv"])
            .Transform("meta", "FileMetadataPlugin", "<filenameInField>Y</filenameInField><fileNameField>f</fileNameField>" + Candidates)
            .Hop("grid", "meta")
            .Result("meta");

        var row = Assert.Single(await harness.RowsAsync());

        Assert.Equal(15, row.Meta.Count);
        Assert.Equal("/nowhere/none.csv", row.Values[0]);
        Assert.All(row.Values.Skip(1), Assert.Null);
    }

    [Fact]
    public async Task FileMetadata_UnknownFileField_Fails()
    {
        var harness = new PipelineHarness();
        harness.Grid("grid", ["f:String"], ["x"])
            .Transform("meta", "FileMetadataPlugin", "<filenameInField>Y</filenameInField><fileNameField>nope</fileNameField>" + Candidates)
            .Hop("grid", "meta")
            .Result("meta");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the file name field 'nope' is not in the input rows", outcome.Log.Read(0).Text);
    }

    [Fact]
    public void StringEvaluator_LeadingSpaceIntegers_AdviseSpaceMask()
    {
        var evaluator = new StringEvaluator();
        evaluator.Evaluate(" 1");
        evaluator.Evaluate(" 22");

        var advice = evaluator.Advise();

        Assert.Equal(Engine.Values.HopValueType.Integer, advice.Type);
        Assert.Equal(" #", advice.Mask);
    }

    [Fact]
    public void DelimiterDetector_HeaderLinesBeforeData_CountsThem()
    {
        var text = "title line\nsecond title\na;b;c\n1;2;3\n4;5;6\n";

        var detection = DelimiterDetector.Detect(new StringReader(text), [',', ';'], ['"'], 0);

        Assert.NotNull(detection);
        Assert.Equal(';', detection.Delimiter);
        Assert.Null(detection.Enclosure);
        Assert.Equal(2, detection.BadHeaders);
        Assert.Equal(3, detection.DataLines);
        Assert.Equal(2, detection.DataLineFrequency);
    }
}
