using System.Globalization;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Generate rows: writes <c>limit</c> copies of a row of constant fields, or writes rows without end,
/// pausing between rows and adding the current time and the time of the previous row.
/// </summary>
[Transform("RowGenerator")]
public sealed class RowGeneratorTransform : TransformBase
{
    private IReadOnlyList<FieldDefinition> fields = [];
    private object?[] template = [];

    public override void Init()
    {
        fields = FieldDefinition.ReadAll(Meta.Element.Element("fields"));
        var metas = fields.Select(f => f.Meta).ToList();
        template = new object?[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            // Hop stores a generated field's value under <nullif>; <value> is accepted for hand-written files.
            var element = Meta.Element.Element("fields")!.Elements("field").ElementAt(i);
            var text = element.Tag("nullif") ?? element.Tag("value");
            template[i] = string.IsNullOrEmpty(text)
                ? field.SetEmptyString && field.Meta.Type == HopValueType.String ? string.Empty : null
                : ValueConverter.FromString(field.Meta, Resolve(text));
        }

        // Hop adds the row time fields only to a never-ending generator.
        if (NeverEnding)
        {
            if (!string.IsNullOrEmpty(RowTimeField))
            {
                metas.Add(new ValueMeta(RowTimeField, HopValueType.Date));
            }

            if (!string.IsNullOrEmpty(LastTimeField))
            {
                metas.Add(new ValueMeta(LastTimeField, HopValueType.Date));
            }
        }

        OutputRowMeta = new RowMeta(metas);
    }

    private bool NeverEnding => Meta.Element.Flag("never_ending");

    private string? RowTimeField => Meta.Element.Tag("row_time_field");

    private string? LastTimeField => Meta.Element.Tag("last_time_field");

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var limitText = Resolve(Meta.Element.Tag("limit"));
        long limit = 0;
        if (!NeverEnding && !long.TryParse(limitText, NumberStyles.Integer, CultureInfo.InvariantCulture, out limit))
        {
            throw Failure($"the row limit '{limitText}' is not an integer.");
        }

        var interval = long.TryParse(Resolve(Meta.Element.Tag("interval_in_ms")), out var ms) ? ms : 0;
        var meta = OutputRowMeta!;
        var withTimes = meta.Count > template.Length;
        var time = Pipeline.Context.TimeProvider;
        var previousTime = time.GetLocalNow().DateTime;
        var neverEnding = NeverEnding;
        var rowTimeField = RowTimeField;
        var lastTimeField = LastTimeField;
        for (long n = 0; neverEnding || n < limit; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            object?[] row;
            if (withTimes)
            {
                row = RowMeta.Resize(template, meta.Count);
                var now = time.GetLocalNow().DateTime;
                var index = template.Length;
                if (!string.IsNullOrEmpty(rowTimeField))
                {
                    row[index++] = now;
                }

                if (!string.IsNullOrEmpty(lastTimeField))
                {
                    row[index] = previousTime;
                }

                previousTime = now;
            }
            else
            {
                row = (object?[])template.Clone();
            }

            await PutRowAsync(meta, row, cancellationToken);
            if (neverEnding && interval > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(interval), time, cancellationToken);
            }
        }
    }
}
