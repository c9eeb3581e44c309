using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Injection;

/// <summary>
/// Writes injected values into the &lt;transform&gt; elements of a template pipeline. Single settings take
/// the first source row; a list (group) gets one item per source row, constants repeated in each item.
/// As in Hop, an item the template already has at that position keeps the settings the mapping leaves
/// out; items beyond the injected rows are dropped. Constants may hold variables.
/// </summary>
public sealed class MetadataInjector(
    XElement template,
    string templateFile,
    IReadOnlyDictionary<string, SourceRows> sources,
    Func<string, string> resolve)
{
    public void Inject(IReadOnlyList<InjectionMapping> mappings)
    {
        foreach (var target in mappings.GroupBy(m => m.TargetTransform, StringComparer.Ordinal))
        {
            InjectTransform(target.Key, target.ToList());
        }
    }

    private void InjectTransform(string name, List<InjectionMapping> mappings)
    {
        var element = template.Elements("transform").FirstOrDefault(t => t.TagOrEmpty("name") == name)
            ?? throw new HopException($"target transform '{name}' not found in the template '{templateFile}'.");
        var type = element.TagOrEmpty("type");
        var table = InjectionTables.For(type) ?? throw new HopException(
            $"metadata injection into transform '{name}' of type '{type}' in '{templateFile}' is not supported.");
        var slotted = mappings.Select(m => (Mapping: m, Slot: table.Find(m.Key) ?? throw new HopException(
            $"unknown injection key '{m.Key}' for transform '{name}' ({type}) in '{templateFile}'."))).ToList();

        foreach (var (mapping, slot) in slotted.Where(s => !s.Slot.IsGroup))
        {
            if (TryValue(mapping, 0, out var value))
            {
                SetSingle(element, slot.Tag, Stored(slot, value));
            }
        }

        foreach (var group in slotted.Where(s => s.Slot.IsGroup).GroupBy(s => s.Slot.GroupId, StringComparer.Ordinal))
        {
            FillGroup(element, type, group.ToList());
        }
    }

    private void FillGroup(XElement element, string type, List<(InjectionMapping Mapping, InjectionSlot Slot)> group)
    {
        var first = group[0].Slot;
        var streamed = group.Where(g => !g.Mapping.IsConstant).Select(g => RowsOf(g.Mapping).Rows.Count).ToList();
        if (streamed.Count > 0 && streamed.Max() == 0 && group.All(g => !g.Mapping.IsConstant))
        {
            return;
        }

        var count = streamed.Count == 0 ? 1 : streamed.Max();
        var container = first.Container == "." ? element : ChildPath(element, first.Container!.Split('/'));

        var existing = container.Elements(first.Item ?? first.Tag).ToList();
        existing.Remove();
        for (var index = 0; index < count; index++)
        {
            if (first.Item is null)
            {
                var plain = TryValue(group[0].Mapping, index, out var text) ? Stored(first, text) : string.Empty;
                container.Add(new XElement(first.Tag, plain));
                continue;
            }

            var item = index < existing.Count ? existing[index] : new XElement(first.Item);
            foreach (var (mapping, slot) in group)
            {
                if (TryValue(mapping, index, out var value))
                {
                    item.SetElementValue(slot.Tag, Stored(slot, value));
                }
            }

            if (type == "DataGrid" && first.Item == "line")
            {
                DataGridLines.Expand(item);
            }

            container.Add(item);
        }

        if (type == "TextFileInput2" && first.Container == "file")
        {
            TextFileList.Interleave(container);
        }
    }

    private static void SetSingle(XElement element, string path, string value)
    {
        if (path == ConditionSetting.Tag)
        {
            ConditionSetting.Apply(element, value);
            return;
        }

        var parts = path.Split('/');
        ChildPath(element, parts[..^1]).SetElementValue(parts[^1], value);
    }

    /// <summary>Returns the element at the end of a path of child tags, adding the tags that are missing.</summary>
    private static XElement ChildPath(XElement element, IEnumerable<string> tags)
    {
        var parent = element;
        foreach (var tag in tags)
        {
            var child = parent.Element(tag);
            if (child is null)
            {
                child = new XElement(tag);
                parent.Add(child);
            }

            parent = child;
        }

        return parent;
    }

    private bool TryValue(InjectionMapping mapping, int index, out string value)
    {
        value = string.Empty;
        if (mapping.IsConstant)
        {
            value = resolve(mapping.SourceField);
            return true;
        }

        var source = RowsOf(mapping);
        if (index >= source.Rows.Count)
        {
            return false;
        }

        var field = source.Meta.IndexOf(mapping.SourceField);
        if (field < 0)
        {
            throw new HopException(
                $"the source field '{mapping.SourceField}' of transform '{mapping.SourceTransform}' is missing " +
                $"(injection key '{mapping.Key}' of transform '{mapping.TargetTransform}').");
        }

        value = Text(source.Meta[field], source.Rows[index][field]);
        return true;
    }

    private SourceRows RowsOf(InjectionMapping mapping) =>
        sources.TryGetValue(mapping.SourceTransform, out var rows) ? rows : throw new HopException(
            $"the source transform '{mapping.SourceTransform}' of injection key '{mapping.Key}' has no hop " +
            "to this transform.");

    private static string Stored(InjectionSlot slot, string value) =>
        !slot.IsFlag ? value : ValueConverter.ParseBoolean(value) ? "Y" : "N";

    private static string Text(ValueMeta meta, object? value) => value switch
    {
        null => string.Empty,
        bool flag => flag ? "Y" : "N",
        _ => ValueConverter.ToText(meta, value) ?? string.Empty,
    };
}
