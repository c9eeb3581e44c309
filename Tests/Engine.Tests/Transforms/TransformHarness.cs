using System.Security;
using System.Text;
using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

/// <summary>
/// Runs one transform on rows from a data grid and returns what reaches a Rows to result transform, so
/// transform tests can assert exact output rows.
/// </summary>
public static class TransformHarness
{
    /// <summary>Fields are "name:Type" pairs; each row lists the grid's text values (null for an empty cell).</summary>
    public static async Task<(LocalRunOutcome Outcome, List<object?[]> Rows, List<string> Names)> RunAsync(
        string[] fields, string?[][] rows, string transformXml)
    {
        var grid = new StringBuilder();
        foreach (var field in fields)
        {
            var parts = field.Split(':');
            grid.Append($"<field><name>{parts[0]}</name><type>{parts[1]}</type><format/><length>-1</length><precision>-1</precision><set_empty_string>N</set_empty_string></field>");
        }

        var data = new StringBuilder();
        foreach (var row in rows)
        {
            data.Append("<line>");
            foreach (var item in row)
            {
                data.Append(item is null ? "<item/>" : $"<item>{SecurityElement.Escape(item)}</item>");
            }

            data.Append("</line>");
        }

        var xml = $"""
            <pipeline>
              <info><name>harness</name></info>
              <order>
                <hop><from>grid</from><to>subject</to><enabled>Y</enabled></hop>
                <hop><from>subject</from><to>result</to><enabled>Y</enabled></hop>
              </order>
              <transform><name>grid</name><type>DataGrid</type><copies>1</copies>
                <fields>{grid}</fields><data>{data}</data></transform>
              <transform><name>subject</name><copies>1</copies>{transformXml}</transform>
              <transform><name>result</name><type>RowsToResult</type><copies>1</copies></transform>
            </pipeline>
            """;
        var home = Path.Combine(Path.GetTempPath(), "asynchop-tests", "transform-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(home);
        var path = Path.Combine(home, "harness.hpl");
        await File.WriteAllTextAsync(path, xml);
        var outcome = await LocalRunner.RunFileAsync(path, home, new Dictionary<string, string> { ["TEMP_DIR"] = home });
        var names = outcome.Result.Rows.FirstOrDefault()?.Meta.Fields.Select(f => f.Name).ToList() ?? [];
        return (outcome, outcome.Result.Rows.Select(r => r.Values).ToList(), names);
    }
}
