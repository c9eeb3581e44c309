using System.Text.Json.Nodes;
using Orleans.AsyncHop.Engine.Projects;

namespace Orleans.AsyncHop.Engine.Testing;

/// <summary>What a tweak does to a transform before the test pipeline runs.</summary>
public enum UnitTestTweak
{
    None,
    BypassTransform,
    RemoveTransform,
}

/// <summary>
/// A pipeline unit test as stored in <c>metadata/unit-test/&lt;name&gt;.json</c>: the pipeline to run, the
/// data sets injected into or compared with transforms, the tweaks and the variables to set.
/// </summary>
public sealed class PipelineUnitTest
{
    public const string MetadataType = "unit-test";

    public required string Name { get; init; }

    /// <summary>The pipeline file, relative to the base path or else to HOP_UNIT_TESTS_FOLDER.</summary>
    public required string PipelineFilename { get; init; }

    public string BasePath { get; init; } = string.Empty;

    public string TestType { get; init; } = "UNIT_TEST";

    public IReadOnlyList<UnitTestLocation> InputDataSets { get; init; } = [];

    public IReadOnlyList<UnitTestLocation> GoldenDataSets { get; init; } = [];

    public IReadOnlyDictionary<string, UnitTestTweak> Tweaks { get; init; } = new Dictionary<string, UnitTestTweak>();

    public IReadOnlyList<(string Name, string Value)> VariableValues { get; init; } = [];

    /// <summary>Number of database connection replacements; this engine has no database connections to replace.</summary>
    public int DatabaseReplacementCount { get; init; }

    /// <summary>Loads the named test from the project's metadata or fails naming the missing test.</summary>
    public static PipelineUnitTest Load(MetadataStore metadata, string name)
    {
        var json = metadata.Find(MetadataType, name)
            ?? throw new HopException($"Unit test '{name}' does not exist in {Path.Combine(metadata.Folder, MetadataType)}.");
        return Parse(json, name);
    }

    public static PipelineUnitTest Parse(JsonObject json, string fallbackName)
    {
        var name = UnitTestLocation.Text(json, "name");
        var tweaks = new Dictionary<string, UnitTestTweak>(StringComparer.Ordinal);
        foreach (var tweak in json["trans_test_tweaks"]?.AsArray() ?? [])
        {
            var transform = UnitTestLocation.Text(tweak, "transform_name");
            if (transform.Length > 0)
            {
                tweaks[transform] = ParseTweak(UnitTestLocation.Text(tweak, "tweak"));
            }
        }

        return new PipelineUnitTest
        {
            Name = name.Length > 0 ? name : fallbackName,
            PipelineFilename = UnitTestLocation.Text(json, "pipeline_filename"),
            BasePath = UnitTestLocation.Text(json, "basePath"),
            TestType = UnitTestLocation.Text(json, "test_type"),
            InputDataSets = (json["input_data_sets"]?.AsArray() ?? []).Select(UnitTestLocation.Read).ToList(),
            GoldenDataSets = (json["golden_data_sets"]?.AsArray() ?? []).Select(UnitTestLocation.Read).ToList(),
            Tweaks = tweaks,
            DatabaseReplacementCount = json["database_replacements"]?.AsArray().Count ?? 0,
            VariableValues = (json["variableValues"]?.AsArray() ?? [])
                .Select(v => (UnitTestLocation.Text(v, "key"), UnitTestLocation.Text(v, "value")))
                .Where(v => v.Item1.Length > 0)
                .ToList(),
        };
    }

    public UnitTestLocation? FindInput(string transformName) =>
        InputDataSets.FirstOrDefault(l => l.TransformName.Equals(transformName, StringComparison.Ordinal));

    public UnitTestLocation? FindGolden(string transformName) =>
        GoldenDataSets.FirstOrDefault(l => l.TransformName.Equals(transformName, StringComparison.Ordinal));

    private static UnitTestTweak ParseTweak(string text) => text.Trim().ToUpperInvariant() switch
    {
        "BYPASS_TRANSFORM" or "BYPASS_STEP" => UnitTestTweak.BypassTransform,
        "REMOVE_TRANSFORM" or "REMOVE_STEP" => UnitTestTweak.RemoveTransform,
        _ => UnitTestTweak.None,
    };
}
