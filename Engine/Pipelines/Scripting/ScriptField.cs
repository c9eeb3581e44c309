using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Scripting;

/// <summary>
/// An output field of the JavaScript transform: the script variable <see cref="Variable"/> is read after
/// each row and written as <see cref="Meta"/>; with <see cref="Replace"/> it overwrites the input field of
/// that name instead of being appended.
/// </summary>
public sealed record ScriptField(string Variable, ValueMeta Meta, bool Replace)
{
    public static IReadOnlyList<ScriptField> ReadAll(XElement? fields) =>
        fields?.Elements("field").Select(Read).Where(f => f.Variable.Length > 0).ToList() ?? [];

    private static ScriptField Read(XElement field)
    {
        var variable = field.TagOrEmpty("name");
        var rename = field.TagOrEmpty("rename");
        var type = HopValueTypes.Parse(field.Tag("type"));
        var meta = new ValueMeta(rename.Length > 0 ? rename : variable, type == HopValueType.None ? HopValueType.String : type)
        {
            Length = field.Int("length", -1),
            Precision = field.Int("precision", -1),
        };
        return new ScriptField(variable, meta, field.Flag("replace"));
    }
}
