using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Values;
using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Transforms;

public sealed class ValidatorTransformTests
{
    private const string ErrorFields =
        "<nr_valuename>n</nr_valuename><descriptions_valuename>why</descriptions_valuename>" +
        "<fields_valuename>fields</fields_valuename><codes_valuename>codes</codes_valuename>";

    private static object? Value(ResultRow row, string field) => row.Values[row.Meta.IndexOf(field)];

    private static string Rule(string field, string body, bool nullAllowed = true) =>
        $"<validator_field><name>{field}</name><validation_name>{field} check</validation_name>" +
        $"<null_allowed>{(nullAllowed ? "Y" : "N")}</null_allowed>{body}</validator_field>";

    private static PipelineHarness Validate(string settings, string[] fields, params string?[][] rows) =>
        new PipelineHarness()
            .Grid("grid", fields, rows)
            .Transform("check", "Validator", settings)
            .Transform("valid", "Dummy")
            .Hop("grid", "check")
            .Hop("check", "valid")
            .Transform("result", "RowsToResult")
            .ErrorHop("check", "result", ErrorFields);

    [Fact]
    public async Task Validator_StringRules_SendOneErrorRowPerFailure()
    {
        var settings = "<validate_all>Y</validate_all>" +
            Rule("s", "<max_length>5</max_length><error_code>TOO_LONG</error_code>") +
            Rule("s", "<start_string_not_allowed>x</start_string_not_allowed>") +
            Rule("s", @"<regular_expression>\p{Alpha}+</regular_expression>") +
            Rule("s", "<data_type>String</data_type><data_type_verified>Y</data_type_verified>", nullAllowed: false);

        var rows = await Validate(settings, ["s:String"], ["abc"], ["xyz123"], [null]).RowsAsync();

        Assert.Equal(["s", "n", "why", "fields", "codes"], rows[0].Meta.Fields.Select(f => f.Name));
        var errors = rows.Select(r => (Value: Value(r, "s"), Code: Value(r, "codes"), Why: Value(r, "why"))).ToList();
        Assert.Equal(4, errors.Count);
        Assert.Equal(("xyz123", "TOO_LONG"), (errors[0].Value, errors[0].Code));
        Assert.Equal(("xyz123", "KVD011"), (errors[1].Value, errors[1].Code));
        Assert.Equal(
            "During validation of field 's' we found that string value [xyz123] is starts with string [x]",
            errors[1].Why);
        Assert.Equal(("xyz123", "KVD013"), (errors[2].Value, errors[2].Code));
        Assert.Equal((null, "KVD001"), (errors[3].Value, errors[3].Code));
        Assert.All(rows, r => Assert.Equal(1L, Value(r, "n")));
    }

    [Fact]
    public async Task Validator_ConcatenatedErrors_JoinWithSeparator()
    {
        var settings = "<validate_all>Y</validate_all><concat_errors>Y</concat_errors><concat_separator>|</concat_separator>" +
            Rule("a", "<data_type>Integer</data_type><min_value>10</min_value><error_description>low</error_description>") +
            Rule("b", "<only_numeric_allowed>Y</only_numeric_allowed><error_code>NUM</error_code>");

        var rows = await Validate(settings, ["a:Integer", "b:String"], ["5", "1x"], ["12", "7"]).RowsAsync();

        var error = Assert.Single(rows);
        Assert.Equal(5L, Value(error, "a"));
        Assert.Equal(2L, Value(error, "n"));
        Assert.Equal("a|b", Value(error, "fields"));
        Assert.Equal("KVD005|NUM", Value(error, "codes"));
        Assert.StartsWith("low|During validation of field 'b' we found that value [String]", (string?)Value(error, "why"));
    }

    [Fact]
    public async Task Validator_AllowedValuesFromInfoTransform_PassMatchingRows()
    {
        var settings = Rule("s", "<data_type>String</data_type><is_sourcing_values>Y</is_sourcing_values>" +
            "<sourcing_transform>allowed</sourcing_transform><sourcing_field>v</sourcing_field>");
        var harness = new PipelineHarness()
            .Grid("grid", ["s:String"], ["A"], ["Q"], ["B"])
            .Grid("allowed", ["v:String"], ["A"], ["B"])
            .Transform("check", "Validator", settings)
            .Transform("errors", "Dummy")
            .Hop("grid", "check")
            .Hop("allowed", "check")
            .ErrorHop("check", "errors", ErrorFields)
            .Result("check");

        var rows = await harness.RowsAsync();

        Assert.Equal(["A", "B"], rows.Select(r => Value(r, "s")));
        Assert.All(rows, r => Assert.Equal(HopValueType.String, r.Meta.Fields.Single().Type));
    }

    [Fact]
    public async Task Validator_FailureWithoutErrorHop_StopsWithMessage()
    {
        var settings = Rule("s", "<min_length>3</min_length>");
        var harness = new PipelineHarness()
            .Grid("grid", ["s:String"], ["ab"])
            .Transform("check", "Validator", settings)
            .Hop("grid", "check")
            .Result("check");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains(
            "Transform 'check' in pipeline 'test': During validation of field 's' we found that value [ab] has a " +
            "shorter (2) string length than allowed (3).",
            outcome.Log.Read(0).Text);
    }

    [Fact]
    public async Task Validator_InvalidMinimumValue_FailsNamingValidation()
    {
        var settings = Rule("a", "<data_type>Integer</data_type><min_value>ten</min_value>");
        var harness = new PipelineHarness()
            .Grid("grid", ["a:Integer"], ["1"])
            .Transform("check", "Validator", settings)
            .Hop("grid", "check")
            .Result("check");

        var outcome = await harness.RunAsync();

        Assert.False(outcome.Success);
        Assert.Contains("validation 1 ('a check'): the minimum value 'ten' cannot be converted to Integer",
            outcome.ErrorDescription + outcome.Log.Read(0).Text);
    }
}
