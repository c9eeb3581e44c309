using System.Globalization;

namespace Orleans.AsyncHop.WebFront.Formatting;

/// <summary>Hop's date layouts: JSON dates in UTC with a +0000 offset, XML dates in the server's local time.</summary>
public static class HopDates
{
    public static string? Json(DateTimeOffset? value) =>
        value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture);

    public static string? Xml(DateTimeOffset? value) =>
        value?.ToLocalTime().ToString("yyyy/MM/dd HH:mm:ss.fff", CultureInfo.InvariantCulture);

    public static string? Page(DateTimeOffset? value) =>
        value?.ToLocalTime().ToString("yyyy/MM/dd HH:mm:ss", CultureInfo.InvariantCulture);
}
