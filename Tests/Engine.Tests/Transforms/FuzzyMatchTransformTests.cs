using Orleans.AsyncHop.Engine.Pipelines.Transforms.Fuzzy;
using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class FuzzyMatchTransformTests
{
    private static string Settings(string algorithm, string mode, string minimum, string maximum, string lookupValues = "") =>
        $"<from>lookup</from><lookupfield>name</lookupfield><mainstreamfield>name</mainstreamfield>" +
        $"<outputmatchfield>match</outputmatchfield><outputvaluefield>measure</outputvaluefield>" +
        $"<caseSensitive>N</caseSensitive><matchMode>{mode}</matchMode><maxMatches>2</maxMatches>" +
        $"<minimalValue>{minimum}</minimalValue><maximalValue>{maximum}</maximalValue><separator>|</separator>" +
        $"<algorithm>{algorithm}</algorithm><lookup>{lookupValues}</lookup>";

    private static PipelineHarness Match(string settings, string[] lookupNames, params string?[] mainNames) =>
        new PipelineHarness()
            .Grid("main", ["name:String"], mainNames.Select(n => new[] { n }).ToArray())
            .Grid("lookup", ["name:String", "code:String"], lookupNames.Select((n, i) => new[] { n, "c" + i }).ToArray())
            .Transform("fuzzy", "FuzzyMatch", settings)
            .Hop("main", "fuzzy")
            .Hop("lookup", "fuzzy")
            .Result("fuzzy");

    [Fact]
    public async Task FuzzyMatch_LevenshteinAllRows_RanksBestFirst()
    {
        var settings = Settings("levenshtein", "all_rows", "0", "2", "<value><name>code</name><rename/></value>");

        var rows = await Match(settings, ["Katrine", "Catriny", "Catrine", "Zorro"], "CATRINE", null).RowsAsync();

        Assert.Equal(["name", "match", "measure", "code"], rows[0].Meta.Fields.Select(f => f.Name));
        Assert.Equal(HopValueType.Integer, rows[0].Meta.Fields[2].Type);
        Assert.Equal(3, rows.Count);
        Assert.Equal(new object?[] { "CATRINE", "Catrine", 0L, "c2" }, rows[0].Values);
        Assert.Equal(new object?[] { "CATRINE", "Catriny", 1L, "c1" }, rows[1].Values);
        Assert.Equal(new object?[] { null, null, null, null }, rows[2].Values);
    }

    [Fact]
    public async Task FuzzyMatch_JaroConcatenated_JoinsMatchesAndMeasures()
    {
        var rows = await Match(Settings("jaro", "all_concat", "0.8", "1"), ["DUANE", "MARHTA", "XYZ"], "MARTHA").RowsAsync();

        var row = Assert.Single(rows);
        Assert.Equal(HopValueType.String, row.Meta.Fields[2].Type);
        Assert.Equal("MARHTA", row.Values[1]);
        Assert.StartsWith("0.94444444444444", (string?)row.Values[2]);
    }

    [Fact]
    public async Task FuzzyMatch_SoundexClosest_KeepsLastEqualCode()
    {
        var rows = await Match(Settings("soundex", "closest", "0", "1"), ["Rupert", "Robert", "Rubin"], "Robbert").RowsAsync();

        Assert.Equal(new object?[] { "Robbert", "Robert", "R163" }, Assert.Single(rows).Values);
    }

    [Theory]
    [InlineData("MARTHA", "MARHTA", 17.0 / 18)]
    [InlineData("DWAYNE", "duane", 37.0 / 45)]
    [InlineData("abc", "", 0.0)]
    public void SimilarityScores_Jaro_MatchesSecondString(string left, string right, double expected)
    {
        Assert.Equal(expected, SimilarityScores.Jaro(left, right), 12);
    }

    [Fact]
    public void SimilarityScores_OtherMeasures_MatchDefinitions()
    {
        Assert.Equal(0.9611111111111111, SimilarityScores.JaroWinkler("MARTHA", "marhta"), 12);
        Assert.Equal(0.4, SimilarityScores.LetterPairs("France", "FRENCH"), 12);
        Assert.Equal(-3.0, SimilarityScores.NeedlemanWunsch("Kitten", "SITTING"));
        Assert.Equal("NT", Metaphone.Encode("Knight"));
        Assert.Equal("0MPS", Metaphone.Encode("Thompson"));
        Assert.Equal("STN", Metaphone.Encode("Xstain"));
    }

    [Theory]
    [InlineData("testing", "TSTN")]
    [InlineData("The", "0")]
    [InlineData("quick", "KK")]
    [InlineData("over", "AFR")]
    [InlineData("MacCafferey", "MKFR")]
    [InlineData("Stephan", "STFN")]
    [InlineData("Kuczewski", "KSSK")]
    [InlineData("McClelland", "MKLL")]
    [InlineData("san jose", "SNHS")]
    [InlineData("xenophobia", "SNFP")]
    [InlineData("  ", null)]
    public void DoubleMetaphone_Word_GivesPrimaryCode(string word, string? expected)
    {
        Assert.Equal(expected, DoubleMetaphone.Encode(word));
    }

    [Fact]
    public async Task FuzzyMatch_DoubleMetaphoneAllRows_KeepsFirstEqualCodes()
    {
        var rows = await Match(Settings("doublemataphone", "all_rows", "0", "1"), ["Stefan", "Steven", "Stephan"], "STEPHEN")
            .RowsAsync();

        // All three codes are STFN, and with at most 2 matches an equal later score does not replace one.
        Assert.Equal(["Stefan", "Steven"], rows.Select(r => r.Values[1]));
        Assert.All(rows, r => Assert.Equal("STFN", r.Values[2]));
    }

    [Fact]
    public async Task FuzzyMatch_EmptyLookup_AddsStringNullFields()
    {
        var settings = Settings("levenshtein", "closest", "0", "2", "<value><name>code</name><rename>found</rename></value>");

        var rows = await Match(settings, [], "Ann").RowsAsync();

        var row = Assert.Single(rows);
        Assert.Equal(["name", "match", "measure", "found"], row.Meta.Fields.Select(f => f.Name));
        Assert.Equal(HopValueType.String, row.Meta.Fields[3].Type);
        Assert.Equal(new object?[] { "Ann", null, null, null }, row.Values);
    }

    [Fact]
    public async Task FuzzyMatch_UnknownAlgorithm_FailsNamingIt()
    {
        var outcome = await Match(Settings("bogus", "closest", "0", "1"), ["a"], "a").RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("the matching algorithm 'bogus' is not known", outcome.ErrorDescription + outcome.Log.Read(0).Text);
    }
}
