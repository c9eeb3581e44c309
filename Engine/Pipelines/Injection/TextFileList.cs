using System.Xml.Linq;

namespace Orleans.AsyncHop.Engine.Pipelines.Injection;

/// <summary>
/// The file list of a text file input in the layout Hop writes. One &lt;file&gt; element holds the tags
/// name, filemask, exclude_filemask, file_required and include_subfolders of each entry, then the settings
/// of the whole list (type, compression). Injection fills each of these tags as a separate list.
/// </summary>
public static class TextFileList
{
    private static readonly string[] EntryTags = ["name", "filemask", "exclude_filemask", "file_required", "include_subfolders"];

    /// <summary>Reorders the children of <paramref name="file"/> so that the tags of each entry follow one another.</summary>
    public static void Interleave(XElement file)
    {
        var lists = EntryTags.ToDictionary(tag => tag, tag => file.Elements(tag).ToList(), StringComparer.Ordinal);
        var others = file.Elements().Where(e => !lists.ContainsKey(e.Name.LocalName)).ToList();
        var count = lists.Values.Max(list => list.Count);
        file.RemoveNodes();
        for (var index = 0; index < count; index++)
        {
            foreach (var tag in EntryTags)
            {
                var list = lists[tag];
                file.Add(index < list.Count ? list[index] : new XElement(tag, DefaultOf(tag)));
            }
        }

        file.Add(others);
    }

    private static string DefaultOf(string tag) => tag is "file_required" or "include_subfolders" ? "N" : string.Empty;
}
