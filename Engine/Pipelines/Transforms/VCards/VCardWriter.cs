using System.Globalization;
using System.Text;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.VCards;

/// <summary>
/// Builder of one vCard 3.0 or 4.0 from the mapped fields of a row, as in Hop's vCard output. The card always
/// has an N property, then the mapped properties in mapping order. E-mail and telephone types come from the
/// companion type field or the mapping's parameter types. FN is made from the given and family names when it
/// is not mapped. Lines end with CRLF and are folded at 75 characters.
/// </summary>
public sealed class VCardWriter(string version)
{
    private const int LineLength = 75;

    private static readonly HashSet<string> KnownTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "internet", "x400", "pref", "aol", "applelink", "attmail", "cis", "eworld", "ibmmail", "mcimail", "powershare",
        "prodigy", "tlx", "home", "work", "voice", "fax", "msg", "cell", "pager", "bbs", "modem", "car", "isdn",
        "video", "pcs", "text", "textphone",
    };

    private readonly string[] name = [string.Empty, string.Empty, string.Empty, string.Empty, string.Empty];
    private readonly List<(string Key, string Line)> properties = [];
    private string? formattedName;

    private bool IsVersion4 => version == "4.0";

    /// <summary>Adds the value of one mapping; <paramref name="types"/> are the e-mail or telephone types to write.</summary>
    public void Add(VCardProperty property, string value, string? types)
    {
        switch (property)
        {
            case VCardProperty.FormattedName:
                formattedName = value;
                Replace("FN", "FN:" + VCardText.Escape(value));
                break;
            case VCardProperty.FamilyName:
                name[0] = VCardText.Escape(value);
                break;
            case VCardProperty.GivenName:
                name[1] = VCardText.Escape(value);
                break;
            case VCardProperty.AdditionalNames:
                name[2] = VCardText.Escape(value);
                break;
            case VCardProperty.Prefixes:
                name[3] = VCardText.Escape(value);
                break;
            case VCardProperty.Suffixes:
                name[4] = VCardText.Escape(value);
                break;
            case VCardProperty.Uid:
                Replace("UID", "UID:" + (IsVersion4 ? value : VCardText.Escape(value)));
                break;
            case VCardProperty.Nickname:
                Replace("NICKNAME", "NICKNAME:" + VCardText.Escape(value));
                break;
            case VCardProperty.Organization:
                Replace("ORG", "ORG:" + VCardText.Escape(value));
                break;
            case VCardProperty.Title:
                properties.Add(("TITLE", "TITLE:" + VCardText.Escape(value)));
                break;
            case VCardProperty.Note:
                properties.Add(("NOTE", "NOTE:" + VCardText.Escape(value)));
                break;
            case VCardProperty.Url:
                properties.Add(("URL", "URL:" + value));
                break;
            case VCardProperty.Categories:
                AddCategories(value);
                break;
            case VCardProperty.Email:
                properties.Add(("EMAIL", "EMAIL" + TypeParameter(types) + ":" + VCardText.Escape(value)));
                break;
            case VCardProperty.Telephone:
                var valueType = IsVersion4 ? ";VALUE=text" : string.Empty;
                properties.Add(("TEL", "TEL" + valueType + TypeParameter(types) + ":" + VCardText.Escape(value)));
                break;
            case VCardProperty.Revision:
                AddRevision(DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
                    ? instant
                    : DateTimeOffset.UtcNow);
                break;
            case VCardProperty.ProductId:
                Replace("PRODID", "PRODID:" + VCardText.Escape(value));
                break;
        }
    }

    /// <summary>Adds a product id when none is set yet.</summary>
    public void AddProductId(string productId)
    {
        if (properties.All(p => p.Key != "PRODID"))
        {
            properties.Add(("PRODID", "PRODID:" + VCardText.Escape(productId)));
        }
    }

    /// <summary>Sets the revision timestamp, replacing a mapped one.</summary>
    public void AddRevision(DateTimeOffset instant) =>
        Replace("REV", "REV:" + instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));

    /// <summary>Returns the vCard text, from BEGIN:VCARD to END:VCARD with a final line break.</summary>
    public override string ToString()
    {
        if (formattedName is null && (name[0].Length > 0 || name[1].Length > 0))
        {
            var given = VCardText.Unescape(name[1]);
            var family = VCardText.Unescape(name[0]);
            var joined = given + " " + family;
            if (given.Length == 0 || family.Length == 0)
            {
                joined = given + family;
            }

            properties.Add(("FN", "FN:" + VCardText.Escape(joined)));
        }

        var text = new StringBuilder();
        text.Append("BEGIN:VCARD\r\n");
        text.Append("VERSION:").Append(version).Append("\r\n");
        AppendFolded(text, "N:" + string.Join(';', name));
        foreach (var (_, line) in properties)
        {
            AppendFolded(text, line);
        }

        text.Append("END:VCARD\r\n");
        return text.ToString();
    }

    private void AddCategories(string value)
    {
        var values = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(VCardText.Escape);
        var index = properties.FindIndex(p => p.Key == "CATEGORIES");
        if (index < 0)
        {
            properties.Add(("CATEGORIES", "CATEGORIES:" + string.Join(',', values)));
            return;
        }

        var existing = properties[index].Line;
        var separator = existing.EndsWith(':') ? string.Empty : ",";
        properties[index] = ("CATEGORIES", existing + separator + string.Join(',', values));
    }

    private void Replace(string key, string line)
    {
        properties.RemoveAll(p => p.Key == key);
        properties.Add((key, line));
    }

    private static string TypeParameter(string? types)
    {
        var tokens = (types ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(t => KnownTypes.Contains(t) ? t.ToLowerInvariant() : t)
            .ToList();
        return tokens.Count == 0 ? string.Empty : ";TYPE=" + string.Join(',', tokens);
    }

    /// <summary>Appends a content line, folding it so no physical line has more than 75 characters.</summary>
    private static void AppendFolded(StringBuilder text, string line)
    {
        var limit = LineLength;
        var start = 0;
        while (line.Length - start > limit)
        {
            var end = start + limit;
            if (char.IsHighSurrogate(line[end - 1]))
            {
                end--;
            }

            text.Append(line, start, end - start).Append("\r\n ");
            start = end;
            limit = LineLength - 1;
        }

        text.Append(line, start, line.Length - start).Append("\r\n");
    }
}
