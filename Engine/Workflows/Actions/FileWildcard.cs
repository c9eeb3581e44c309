using System.Text.RegularExpressions;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// File selection shared by the file actions. Hop's wildcards are Java regular expressions that must
/// match the whole base name of a file; an empty wildcard selects every file.
/// </summary>
internal static class FileWildcard
{
    public static Regex? Compile(string? wildcard) =>
        string.IsNullOrEmpty(wildcard) ? null : new Regex(@"\A(?:" + wildcard + @")\z", RegexOptions.CultureInvariant);

    public static bool Matches(Regex? pattern, string path) =>
        pattern is null || pattern.IsMatch(Path.GetFileName(path.TrimEnd('/')));

    /// <summary>
    /// Lists the files of <paramref name="folder"/> whose name matches, and with
    /// <paramref name="includeSubfolders"/> those of every readable folder below it. Folders that cannot
    /// be read are reported to <paramref name="unreadable"/> and skipped, as Hop skips them.
    /// </summary>
    public static List<string> Files(
        string folder,
        Regex? pattern,
        bool includeSubfolders,
        Action<string, Exception>? unreadable = null)
    {
        var found = new List<string>();
        Collect(folder, pattern, includeSubfolders, unreadable, found);
        return found;
    }

    private static void Collect(
        string folder,
        Regex? pattern,
        bool recurse,
        Action<string, Exception>? unreadable,
        List<string> found)
    {
        string[] files;
        string[] folders;
        try
        {
            files = Directory.GetFiles(folder);
            folders = recurse ? Directory.GetDirectories(folder) : [];
        }
        catch (Exception exception) when (exception is UnauthorizedAccessException or IOException)
        {
            unreadable?.Invoke(folder, exception);
            return;
        }

        Array.Sort(files, StringComparer.Ordinal);
        found.AddRange(files.Where(f => Matches(pattern, f)));
        Array.Sort(folders, StringComparer.Ordinal);
        foreach (var child in folders)
        {
            Collect(child, pattern, recurse, unreadable, found);
        }
    }
}
