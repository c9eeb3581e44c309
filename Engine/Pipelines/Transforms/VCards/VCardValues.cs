using System.Globalization;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.VCards;

/// <summary>
/// Readers of mapped property values from the content lines of one vCard, as in Hop's vCard input. A value
/// comes from the first property of its kind, and list values are joined with ", ". For e-mail and telephone
/// entries it is the first entry whose types include every requested type.
/// </summary>
public static class VCardValues
{
    /// <summary>Returns the text of a mapped property, or null when the card does not have it.</summary>
    public static string? Extract(IReadOnlyList<VCardEntry> card, VCardFieldMapping mapping) => mapping.Property switch
    {
        VCardProperty.FormattedName => Text(card, "FN"),
        VCardProperty.FamilyName => NameComponent(card, 0, single: true),
        VCardProperty.GivenName => NameComponent(card, 1, single: true),
        VCardProperty.AdditionalNames => NameComponent(card, 2, single: false),
        VCardProperty.Prefixes => NameComponent(card, 3, single: false),
        VCardProperty.Suffixes => NameComponent(card, 4, single: false),
        VCardProperty.Uid => Text(card, "UID"),
        VCardProperty.Nickname => First(card, "NICKNAME") is { } nickname ? JoinList(VCardText.Split(nickname.RawValue, ',')) : null,
        VCardProperty.Organization => First(card, "ORG") is { } org ? VCardText.Split(org.RawValue, ';')[0] : null,
        VCardProperty.Title => Text(card, "TITLE"),
        VCardProperty.Note => Text(card, "NOTE"),
        VCardProperty.Url => First(card, "URL")?.RawValue.Trim(),
        VCardProperty.Categories => First(card, "CATEGORIES") is { } categories ? JoinList(VCardText.Split(categories.RawValue, ',')) : null,
        VCardProperty.Email => Find(card, "EMAIL", mapping.ParameterTypes) is { } email ? VCardText.Unescape(email.RawValue) : null,
        VCardProperty.EmailType => Find(card, "EMAIL", mapping.ParameterTypes) is { } email ? FormatTypes(email.Types()) : null,
        VCardProperty.Telephone => Find(card, "TEL", mapping.ParameterTypes) is { } tel ? VCardText.Unescape(tel.RawValue) : null,
        VCardProperty.TelephoneType => Find(card, "TEL", mapping.ParameterTypes) is { } tel ? FormatTypes(tel.Types()) : null,
        VCardProperty.Revision => First(card, "REV") is { } revision ? Revision(revision.RawValue.Trim()) : null,
        VCardProperty.ProductId => Text(card, "PRODID"),
        _ => null,
    };

    /// <summary>Joins types in upper case, sorted and separated by commas, or returns null when there are none.</summary>
    public static string? FormatTypes(IEnumerable<string> types)
    {
        var sorted = types.Select(t => t.ToUpperInvariant()).Order(StringComparer.Ordinal).ToList();
        return sorted.Count == 0 ? null : string.Join(",", sorted);
    }

    /// <summary>Splits a comma-separated list of types into trimmed upper-case names.</summary>
    public static HashSet<string> TypeTokens(string? types) =>
        (types ?? string.Empty)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.ToUpperInvariant())
            .ToHashSet();

    private static VCardEntry? First(IReadOnlyList<VCardEntry> card, string name) => card.FirstOrDefault(e => e.Name == name);

    private static string? Text(IReadOnlyList<VCardEntry> card, string name) =>
        First(card, name) is { } entry ? VCardText.Unescape(entry.RawValue) : null;

    private static string? NameComponent(IReadOnlyList<VCardEntry> card, int index, bool single)
    {
        if (First(card, "N") is not { } name)
        {
            return null;
        }

        var components = SplitComponents(name.RawValue);
        if (index >= components.Count)
        {
            return null;
        }

        if (single)
        {
            return components[index].Length == 0 ? null : VCardText.Unescape(components[index]);
        }

        return JoinList(VCardText.Split(components[index], ','));
    }

    /// <summary>Splits a structured value at unescaped semicolons and keeps the escapes inside each component.</summary>
    private static List<string> SplitComponents(string value)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\')
            {
                i++;
            }
            else if (value[i] == ';')
            {
                parts.Add(value[start..i]);
                start = i + 1;
            }
        }

        parts.Add(value[start..]);
        return parts;
    }

    private static VCardEntry? Find(IReadOnlyList<VCardEntry> card, string name, string parameterTypes)
    {
        var wanted = TypeTokens(parameterTypes);
        return card.Where(e => e.Name == name)
            .FirstOrDefault(e => wanted.IsSubsetOf(e.Types().Select(t => t.ToUpperInvariant())));
    }

    private static string? JoinList(List<string> values)
    {
        var kept = values.Where(v => v.Length > 0).ToList();
        return kept.Count == 0 ? null : string.Join(", ", kept);
    }

    /// <summary>Formats a revision timestamp as an ISO-8601 instant in UTC; a date alone stays a date.</summary>
    private static string Revision(string value)
    {
        string[] instants = ["yyyyMMdd'T'HHmmssK", "yyyyMMdd'T'HHmmss'Z'", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];
        if (DateTimeOffset.TryParseExact(value, instants, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            var utc = instant.UtcDateTime;
            var fraction = utc.Ticks % TimeSpan.TicksPerSecond == 0 ? string.Empty : utc.ToString(".FFFFFFF", CultureInfo.InvariantCulture);
            return utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + fraction + "Z";
        }

        if (DateTime.TryParseExact(value, ["yyyyMMdd", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return value;
    }
}
