namespace Orleans.AsyncHop.Engine.Pipelines.Files.Metadata;

/// <summary>
/// Hop's 26 built-in date masks in Java's sorted order, each with the en_US pattern Hop's DateDetector
/// requires a value to match before the mask is tried (null when DateDetector has no pattern for the
/// mask, so the mask never fits).
/// </summary>
internal static class DateMaskPatterns
{
    public static readonly (string Mask, string? Pattern)[] All =
    [
        ("MM-dd-yy", @"^[0-1]?[0-9]-[0-3]?[0-9]-\d{2}$"),
        ("MM-dd-yyyy", @"^[0-1]?[0-9]-[0-3]?[0-9]-\d{4}$"),
        ("MM-dd-yyyy HH:mm:ss", null),
        ("MM-dd-yyyy hh:mm:ss aa", null),
        ("MM/dd/yy", @"^\d{1,2}/\d{1,2}/\d{2}$"),
        ("MM/dd/yyyy", @"^\d{1,2}/\d{1,2}/\d{4}$"),
        ("MM/dd/yyyy HH:mm:ss", @"^\d{1,2}/\d{1,2}/\d{4}\s\d{1,2}:\d{2}:\d{2}$"),
        ("MM/dd/yyyy hh:mm:ss aa", null),
        ("dd-MM-yyyy", @"^\d{1,2}-\d{1,2}-\d{4}$"),
        ("dd/MM/yyyy", @"^[0-3]?[0-9]/[0-1]?[0-9]/\d{4}$"),
        ("yyyy-MM-dd", @"^\d{4}-\d{1,2}-\d{1,2}$"),
        ("yyyy-MM-dd HH:mm:ss", @"^\d{4}-\d{1,2}-\d{1,2}\s\d{1,2}:\d{2}:\d{2}$"),
        ("yyyy-MM-dd HH:mm:ss XXX", null),
        ("yyyy-MM-dd HH:mm:ss.SSS", @"^\d{4}-\d{1,2}-\d{1,2}\s\d{1,2}:\d{2}:\d{2}\.\d{3}$"),
        ("yyyy-MM-dd hh:mm:ss aa", null),
        ("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", null),
        ("yyyy-MM-dd'T'HH:mm:ss.SSSZ", null),
        ("yyyy-MM-dd'T'HH:mm:ssX", null),
        ("yyyy/MM/dd", @"^\d{4}/\d{1,2}/\d{1,2}$"),
        ("yyyy/MM/dd HH:mm:ss", @"^\d{4}/\d{1,2}/\d{1,2}\s\d{1,2}:\d{2}:\d{2}$"),
        ("yyyy/MM/dd HH:mm:ss XXX", null),
        ("yyyy/MM/dd HH:mm:ss.SSS", @"^\d{4}/\d{1,2}/\d{1,2}\s\d{1,2}:\d{2}:\d{2}\.\d{3}$"),
        ("yyyy/MM/dd HH:mm:ss.SSS XXX", null),
        ("yyyy/MM/dd hh:mm:ss aa", null),
        ("yyyyMMdd", @"^\d{8}$"),
        ("yyyyMMddHHmmss", @"^\d{14}$"),    ];
}
