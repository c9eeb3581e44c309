using System.Security;
using System.Text;
using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

/// <summary>
/// Builds small pipelines from transform XML, runs them in a fresh project folder and returns the rows
/// that reached the transform named "result" (a Copy rows to result transform).
/// </summary>
public sealed class PipelineHarness
{
    private readonly List<string> transforms = [];
    private readonly List<(string From, string To)> hops = [];
    private readonly List<string> errorHandling = [];

    public PipelineHarness()
    {
        Home = Path.Combine(Path.GetTempPath(), "asynchop-tests", "tb-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Home);
    }

    public string Home { get; }

    /// <summary>Adds a transform; <paramref name="settings"/> is the XML inside &lt;transform&gt; after name and type.</summary>
    public PipelineHarness Transform(string name, string type, string settings = "", int copies = 1, bool distribute = true)
    {
        transforms.Add($"<transform><name>{Escape(name)}</name><type>{type}</type><distribute>{(distribute ? "Y" : "N")}</distribute>" +
            $"<copies>{copies}</copies>{settings}</transform>");
        return this;
    }

    public PipelineHarness Hop(string from, string to)
    {
        hops.Add((from, to));
        return this;
    }

    /// <summary>Adds a data grid; each field is "name:Type" and each row lists the values as text (null for none).</summary>
    public PipelineHarness Grid(string name, string[] fields, params string?[][] rows)
    {
        var xml = new StringBuilder("<fields>");
        foreach (var field in fields)
        {
            var parts = field.Split(':');
            xml.Append($"<field><name>{parts[0]}</name><type>{parts[1]}</type><format>{(parts.Length > 2 ? Escape(parts[2]) : string.Empty)}</format>")
                .Append("<length>-1</length><precision>-1</precision><set_empty_string>N</set_empty_string></field>");
        }

        xml.Append("</fields><data>");
        foreach (var row in rows)
        {
            xml.Append("<line>");
            foreach (var value in row)
            {
                xml.Append(value is null ? "<item/>" : $"<item>{Escape(value)}</item>");
            }

            xml.Append("</line>");
        }

        xml.Append("</data>");
        return Transform(name, "DataGrid", xml.ToString());
    }

    /// <summary>Adds the "result" transform that collects the rows of <paramref name="from"/>.</summary>
    public PipelineHarness Result(string from) => Transform("result", "RowsToResult").Hop(from, "result");

    public PipelineHarness ErrorHop(string from, string to, string settings)
    {
        errorHandling.Add($"<error><source_transform>{Escape(from)}</source_transform><target_transform>{Escape(to)}</target_transform>" +
            $"<is_enabled>Y</is_enabled>{settings}</error>");
        return Hop(from, to);
    }

    public string WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Home, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public async Task<LocalRunOutcome> RunAsync(Dictionary<string, string>? parameters = null)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><pipeline><info><name>test</name></info><order>");
        foreach (var (from, to) in hops)
        {
            xml.Append($"<hop><from>{Escape(from)}</from><to>{Escape(to)}</to><enabled>Y</enabled></hop>");
        }

        xml.Append("</order>");
        foreach (var transform in transforms)
        {
            xml.Append(transform);
        }

        xml.Append("<transform_error_handling>").Append(string.Concat(errorHandling)).Append("</transform_error_handling></pipeline>");
        var path = Path.Combine(Home, "test.hpl");
        await File.WriteAllTextAsync(path, xml.ToString());
        return await LocalRunner.RunFileAsync(path, Home, parameters ?? []);
    }

    /// <summary>Runs the pipeline, asserts success and returns the collected rows.</summary>
    public async Task<List<ResultRow>> RowsAsync()
    {
        var outcome = await RunAsync();
        Xunit.Assert.True(outcome.Success, outcome.ErrorDescription + Environment.NewLine + outcome.Log.Read(0).Text);
        return outcome.Result.Rows;
    }

    public static string Escape(string text) => SecurityElement.Escape(text);
}
