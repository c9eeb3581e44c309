using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Set variables: copies field values of the single input row into variables of the chosen scope. Two or
/// more rows are an error; with no row, non-empty default values are applied.
/// </summary>
[Transform("SetVariable")]
public sealed class SetVariableTransform : TransformBase
{
    private List<(string Field, string Variable, string Scope, string Default)> fields = [];
    private bool useFormatting;
    private long rows;

    public override void Init()
    {
        fields = Meta.Element.Element("fields")?.Elements("field")
            .Select(f => (f.TagOrEmpty("field_name"), f.TagOrEmpty("variable_name"), f.Tag("variable_type") is { Length: > 0 } t ? t : "JVM", f.TagOrEmpty("default_value")))
            .ToList() ?? [];
        useFormatting = Meta.Element.Flag("use_formatting");
    }

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        rows++;
        if (rows > 1)
        {
            throw Failure("only one input row is allowed to set variables; a second row arrived.");
        }

        var meta = InputRowMeta!;
        foreach (var (field, variable, scope, defaultValue) in fields)
        {
            var index = meta.RequireIndex(field, Name);
            var value = row[index];
            string? text = useFormatting ? ValueConverter.ToText(meta[index], value) : FormatPlain(value, meta[index]);
            if (string.IsNullOrEmpty(text) && !string.IsNullOrEmpty(defaultValue))
            {
                text = Resolve(defaultValue);
            }

            VariableScopes.Apply(Pipeline, scope, Resolve(variable), text ?? string.Empty);
        }

        await PutRowAsync(meta, row, cancellationToken);
    }

    protected override Task FinishAsync(CancellationToken cancellationToken)
    {
        if (rows == 0)
        {
            foreach (var (_, variable, scope, defaultValue) in fields)
            {
                if (!string.IsNullOrEmpty(defaultValue))
                {
                    VariableScopes.Apply(Pipeline, scope, Resolve(variable), Resolve(defaultValue));
                }
            }
        }

        return Task.CompletedTask;
    }

    private static string? FormatPlain(object? value, ValueMeta meta) =>
        ValueConverter.ToText(meta with { ConversionMask = meta.Type is HopValueType.Number ? "0.0##############" : null }, value);
}
