using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>Data grid: writes the rows typed into the transform, each value converted with its field's metadata.</summary>
[Transform("DataGrid")]
public sealed class DataGridTransform : TransformBase
{
    private IReadOnlyList<FieldDefinition> fields = [];
    private List<List<string?>> lines = [];

    public override void Init()
    {
        fields = FieldDefinition.ReadAll(Meta.Element.Element("fields"));
        lines = Meta.Element.Element("data")?.Elements("line")
            .Select(line => line.Elements("item").Select(item => (string?)item.Value).ToList())
            .ToList() ?? [];
        OutputRowMeta = new RowMeta(fields.Select(f => f.Meta));
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var meta = OutputRowMeta!;
        for (var lineNr = 0; lineNr < lines.Count; lineNr++)
        {
            var line = lines[lineNr];
            var row = new object?[fields.Count];
            for (var i = 0; i < fields.Count; i++)
            {
                var text = i < line.Count ? line[i] : null;
                var field = fields[i];
                if (string.IsNullOrEmpty(text))
                {
                    row[i] = field.SetEmptyString && field.Meta.Type == HopValueType.String ? string.Empty : null;
                    continue;
                }

                try
                {
                    // Hop converts grid text with convertDataFromString, so text of only spaces is empty too.
                    row[i] = ValueConverter.FromStringWithRules(field.Meta, text, null, null, TrimType.None);
                }
                catch (HopException exception)
                {
                    throw Failure($"line {lineNr + 1}: {exception.Message}", exception);
                }
            }

            await PutRowAsync(meta, row, cancellationToken);
        }
    }
}
