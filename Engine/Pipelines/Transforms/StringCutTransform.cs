using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Strings cut: takes a substring of a field's text between two positions; negative positions count from
/// the end. The result replaces the field or goes into a new String field.
/// </summary>
[Transform("StringCut")]
public sealed class StringCutTransform : TransformBase
{
    private List<(string In, string Out, int From, int To)> cuts = [];
    private RowMeta? lastInput;
    private RowMeta? output;
    private int[] inputIndexes = [];

    public override void Init()
    {
        cuts = Meta.Element.Element("fields")?.Elements("field")
            .Select(f => (f.TagOrEmpty("in_stream_name"), Resolve(f.Tag("out_stream_name")),
                int.TryParse(Resolve(f.Tag("cut_from")), out var from) ? from : 0,
                int.TryParse(Resolve(f.Tag("cut_to")), out var to) ? to : 0))
            .ToList() ?? [];
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => inputMeta is null ? null : Layout(inputMeta);

    private RowMeta Layout(RowMeta input)
    {
        var fields = input.Fields.ToList();
        foreach (var cut in cuts)
        {
            if (string.IsNullOrEmpty(cut.Out))
            {
                var index = input.IndexOf(cut.In);
                if (index >= 0)
                {
                    fields[index] = new ValueMeta(input[index].Name, HopValueType.String);
                }
            }
            else
            {
                fields.Add(new ValueMeta(cut.Out, HopValueType.String));
            }
        }

        return new RowMeta(fields);
    }

    protected override ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (!ReferenceEquals(input, lastInput))
        {
            lastInput = input;
            output = Layout(input);
            inputIndexes = cuts.Select(c => input.RequireIndex(c.In, Name)).ToArray();
        }

        var result = RowMeta.Resize(row, output!.Count);
        var next = input.Count;
        for (var i = 0; i < cuts.Count; i++)
        {
            var text = ValueConverter.ToText(input[inputIndexes[i]], row[inputIndexes[i]]);
            var value = Cut(text, cuts[i].From, cuts[i].To);
            if (string.IsNullOrEmpty(cuts[i].Out))
            {
                result[inputIndexes[i]] = value;
            }
            else
            {
                result[next++] = value;
            }
        }

        return PutRowAsync(output, result, cancellationToken);
    }

    /// <summary>Cuts text as Hop does: out-of-range or reversed positions give null, over-long ones are clamped.</summary>
    public static string? Cut(string? text, int from, int to)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var length = text.Length;
        if ((from >= 0 && to >= 0 && (from > length || to < from)) || (from < 0 && to < 0 && (from < -length || from < to)))
        {
            return null;
        }

        to = Math.Min(to, length);
        if (to < 0 && from <= 0 && -to > length)
        {
            to = -length;
        }

        if (from >= 0 && to > 0)
        {
            return text[from..to];
        }

        if (from < 0 && to < 0)
        {
            return text[(length + to)..(length + from)];
        }

        return from == 0 && to < 0 ? text[(length + to)..] : text;
    }
}
