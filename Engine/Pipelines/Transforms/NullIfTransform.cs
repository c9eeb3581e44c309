using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Null if: sets a field to null when its value equals the given text, read with the field's own type
/// and conversion mask and compared as Hop compares values of that type.
/// </summary>
[Transform("NullIf")]
public sealed class NullIfTransform : TransformBase
{
    private List<(string Name, string Value)> fields = [];
    private RowMeta? preparedFor;
    private (int Index, object? Value)[] targets = [];

    public override void Init()
    {
        fields = Meta.Element.Element("fields")?.Elements("field")
            .Select(f => (f.TagOrEmpty("name"), Resolve(f.TagOrEmpty("value")))).ToList() ?? [];
    }

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var meta = InputRowMeta!;
        if (!ReferenceEquals(preparedFor, meta))
        {
            Prepare(meta);
        }

        foreach (var (index, value) in targets)
        {
            if (row[index] is not null && value is not null
                && ValueCompare.CompareSameType(meta[index], row[index]!, value) == 0)
            {
                row[index] = null;
            }
        }

        await PutRowAsync(meta, row, cancellationToken);
    }

    private void Prepare(RowMeta meta)
    {
        var prepared = new List<(int, object?)>();
        foreach (var (name, text) in fields)
        {
            var index = meta.IndexOf(name);
            if (index < 0)
            {
                throw Failure($"field '{name}' not found in the row ({meta}); check the field list.");
            }

            try
            {
                prepared.Add((index, ValueConverter.FromString(meta[index], text)));
            }
            catch (Exception exception) when (exception is FormatException or OverflowException or HopException)
            {
                var type = HopValueTypes.Name(meta[index].Type);
                throw Failure($"the value [{text}] for field '{name}' is invalid for the field's type {type}.", exception);
            }
        }

        targets = [.. prepared];
        preparedFor = meta;
    }
}
