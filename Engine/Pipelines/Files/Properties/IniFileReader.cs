namespace Orleans.AsyncHop.Engine.Pipelines.Files.Properties;

/// <summary>
/// Reads INI files the way Hop's Property input reads them with ini4j: "[section]" headers, "key=value" or
/// "key: value" options with trimmed keys and values, ';' and '#' comment lines, and a backslash at the end of
/// a line continuing the value. Sections and keys keep file order, and a repeated key keeps its first position
/// and its last value.
/// </summary>
public static class IniFileReader
{
    public sealed record Section(string Name, List<KeyValuePair<string, string?>> Options);

    public static List<Section> Parse(TextReader reader, string source)
    {
        var sections = new List<Section>();
        Section? current = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.Trim();
            while (line.EndsWith('\\') && reader.ReadLine() is { } next)
            {
                lineNumber++;
                line = line[..^1] + next.Trim();
            }

            if (line.Length == 0 || line[0] is ';' or '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                var end = line.LastIndexOf(']');
                if (end < 0)
                {
                    throw new FormatException($"The INI file '{source}' has an unclosed section header on line {lineNumber}.");
                }

                var name = line[1..end].Trim();
                current = sections.FirstOrDefault(s => s.Name == name);
                if (current is null)
                {
                    current = new Section(name, []);
                    sections.Add(current);
                }

                continue;
            }

            if (current is null)
            {
                throw new FormatException($"The INI file '{source}' has an option outside any section on line {lineNumber}.");
            }

            Add(current, line);
        }

        return sections;
    }

    private static void Add(Section section, string line)
    {
        var split = line.IndexOfAny(['=', ':']);
        var key = (split < 0 ? line : line[..split]).Trim();
        string? value = split < 0 ? null : line[(split + 1)..].Trim();
        var index = section.Options.FindIndex(o => o.Key == key);
        if (index >= 0)
        {
            section.Options[index] = new(key, value);
            return;
        }

        section.Options.Add(new(key, value));
    }
}
