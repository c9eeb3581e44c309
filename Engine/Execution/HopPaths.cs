namespace Orleans.AsyncHop.Engine.Execution;

/// <summary>Turns the file names Hop stores (plain paths, <c>file://</c> URIs, backslashes) into local paths.</summary>
public static class HopPaths
{
    public static string ToLocalPath(string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return path;
        }

        var normalized = path.Replace('\\', '/');
        if (normalized.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            normalized = normalized[5..];
            while (normalized.StartsWith("//", StringComparison.Ordinal))
            {
                normalized = normalized[1..];
            }

            normalized = Uri.UnescapeDataString(normalized);
        }

        return normalized;
    }
}
