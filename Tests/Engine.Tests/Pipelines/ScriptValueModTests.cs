using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Pipelines;

public sealed class ScriptValueModTests
{
    [Fact]
    public async Task Script_RowsStartAndEnd_WriteTypedFieldsAndKeepStateAcrossRows()
    {
        var outcome = await RunAsync(null);

        Assert.True(outcome.Success, outcome.ErrorDescription);
        var rows = outcome.Result.Rows;
        Assert.Equal(2, rows.Count);
        var meta = rows[0].Meta;
        Assert.Equal(
            ["id", "name", "amount", "day", "label", "doubled", "running", "isBig", "dayText", "startOfDay", "greeting", "same"],
            meta.Fields.Select(f => f.Name));
        Assert.Equal(
            [HopValueType.Integer, HopValueType.String, HopValueType.Number, HopValueType.Date, HopValueType.String,
             HopValueType.Integer, HopValueType.Number, HopValueType.Boolean, HopValueType.String, HopValueType.Date,
             HopValueType.String, HopValueType.Boolean],
            meta.Fields.Select(f => f.Type));
        Assert.Equal(
            [1L, "[ ann ]", 2.5, new DateTime(2024, 3, 5, 14, 30, 21), "ANN-1", 2L, 2.5, false, "2024/03/05",
             new DateTime(2024, 3, 5), "hello fallback", false],
            rows[0].Values);
        Assert.Equal(
            [3L, "[cid]", 12.25, new DateTime(2024, 12, 31, 23, 59, 59), "CID-3", 7L, 18.75, true, "2024/12/31",
             new DateTime(2024, 12, 31), "hello fallback", true],
            rows[1].Values);
        Assert.Contains("total amount is 18.75", outcome.Log.Read().Text);
    }

    [Fact]
    public async Task Script_ThrowingError_FailsNamingTransformAndRow()
    {
        var outcome = await RunAsync("if (id == 3) { throw new Error('id 3 is not allowed'); }");

        Assert.False(outcome.Success);
        Assert.Contains("Transform 'script'", outcome.ErrorDescription);
        Assert.Contains("row 3", outcome.ErrorDescription);
        Assert.Contains("id 3 is not allowed", outcome.ErrorDescription);
    }

    [Fact]
    public async Task Script_ErrorStatus_FailsThePipeline()
    {
        var outcome = await RunAsync("if (id == 1) { trans_Status = ERROR_TRANSFORMATION; }");

        Assert.False(outcome.Success);
        Assert.Contains("row 1: the script set trans_Status to ERROR_TRANSFORMATION", outcome.ErrorDescription);
    }

    [Fact]
    public async Task Script_UnconvertibleValue_FailsNamingTheVariable()
    {
        var outcome = await RunAsync("doubled = 'not a number';");

        Assert.False(outcome.Success);
        Assert.Contains("script variable 'doubled' cannot be converted to Integer", outcome.ErrorDescription);
    }

    [Fact]
    public async Task Script_Replace_UsesRegularExpressions()
    {
        var outcome = await RunAsync("label = replace(label, 'N+', 'n', '[0-9]$', '#');");

        Assert.True(outcome.Success, outcome.ErrorDescription);
        Assert.Equal("An-#", outcome.Result.Rows[0].Values[4]);
        Assert.Equal("CID-#", outcome.Result.Rows[1].Values[4]);
    }

    [Fact]
    public async Task Script_SetVariableWithoutScope_FailsLikeHop()
    {
        var outcome = await RunAsync("setVariable('X', 'y');");

        Assert.False(outcome.Success);
        Assert.Contains("setVariable requires 3 arguments", outcome.ErrorDescription);
    }

    private static async Task<LocalRunOutcome> RunAsync(string? extraScript)
    {
        var home = Path.Combine(Path.GetTempPath(), "asynchop-tests", "script-" + Guid.NewGuid().ToString("N")[..8]);
        TestPaths.CopyDirectory(Path.Combine(TestPaths.Assets, "script"), home);
        var path = Path.Combine(home, "javascript.hpl");
        if (extraScript is not null)
        {
            var text = await File.ReadAllTextAsync(path);
            await File.WriteAllTextAsync(path, text.Replace("/*MARKER*/", System.Security.SecurityElement.Escape(extraScript)));
        }

        return await LocalRunner.RunFileAsync(path, home, new Dictionary<string, string>());
    }
}
