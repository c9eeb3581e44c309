namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.VCards;

/// <summary>A vCard value that a Hop field can be mapped to, with the code Hop stores in the transform XML.</summary>
public enum VCardProperty
{
    FormattedName,
    FamilyName,
    GivenName,
    AdditionalNames,
    Prefixes,
    Suffixes,
    Uid,
    Nickname,
    Organization,
    Title,
    Note,
    Url,
    Categories,
    Email,
    EmailType,
    Telephone,
    TelephoneType,
    Revision,
    ProductId,
}

/// <summary>Parses the property codes of Hop's vCard transforms.</summary>
public static class VCardProperties
{
    private static readonly Dictionary<string, VCardProperty> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fn"] = VCardProperty.FormattedName,
        ["n_family"] = VCardProperty.FamilyName,
        ["n_given"] = VCardProperty.GivenName,
        ["n_additional"] = VCardProperty.AdditionalNames,
        ["n_prefix"] = VCardProperty.Prefixes,
        ["n_suffix"] = VCardProperty.Suffixes,
        ["uid"] = VCardProperty.Uid,
        ["nickname"] = VCardProperty.Nickname,
        ["org"] = VCardProperty.Organization,
        ["title"] = VCardProperty.Title,
        ["note"] = VCardProperty.Note,
        ["url"] = VCardProperty.Url,
        ["categories"] = VCardProperty.Categories,
        ["email"] = VCardProperty.Email,
        ["email_type"] = VCardProperty.EmailType,
        ["tel"] = VCardProperty.Telephone,
        ["tel_type"] = VCardProperty.TelephoneType,
        ["rev"] = VCardProperty.Revision,
        ["prodid"] = VCardProperty.ProductId,
    };

    /// <summary>Returns the property for a code, or null when the code is unknown.</summary>
    public static VCardProperty? Parse(string? code) =>
        code is not null && Codes.TryGetValue(code.Trim(), out var property) ? property : null;
}
