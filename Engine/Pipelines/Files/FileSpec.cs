using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Files;

/// <summary>
/// One line of a file input transform's file list: a file or folder, an optional regular expression the
/// file names must match (and one they must not), whether the entry is required and whether subfolders
/// are searched.
/// </summary>
public sealed record FileSpec(string Name, string Mask, string ExcludeMask, bool Required, bool IncludeSubfolders)
{
    /// <summary>
    /// Reads the file list in both layouts Hop writes: one <c>&lt;file&gt;</c> element per entry (inside
    /// <c>&lt;files&gt;</c> or directly in the transform), or one <c>&lt;file&gt;</c> element holding
    /// parallel lists of <c>name</c>, <c>filemask</c>, … tags.
    /// </summary>
    public static IReadOnlyList<FileSpec> ReadAll(XElement transform)
    {
        var fileElements = transform.Element("files")?.Elements("file").ToList() ?? [];
        fileElements.AddRange(transform.Elements("file"));
        var specs = new List<FileSpec>();
        foreach (var file in fileElements)
        {
            var names = file.Elements("name").Select(e => e.Value).ToList();
            var masks = file.Elements("filemask").Select(e => e.Value).ToList();
            var excludes = file.Elements("exclude_filemask").Select(e => e.Value).ToList();
            var required = file.Elements("file_required").Select(e => e.Value).ToList();
            var subfolders = file.Elements("include_subfolders").Select(e => e.Value).ToList();
            for (var i = 0; i < names.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(names[i]))
                {
                    continue;
                }

                specs.Add(new FileSpec(
                    names[i],
                    At(masks, i),
                    At(excludes, i),
                    IsYes(At(required, i)),
                    IsYes(At(subfolders, i))));
            }
        }

        return specs;
    }

    private static string At(List<string> values, int index) => index < values.Count ? values[index] : string.Empty;

    private static bool IsYes(string value) =>
        value.Equals("Y", StringComparison.OrdinalIgnoreCase) || value.Equals("true", StringComparison.OrdinalIgnoreCase);
}
