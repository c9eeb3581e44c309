using System.Globalization;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// The date/time decoration of Hop's move actions: a custom SimpleDateFormat pattern, or "_yyyyMMdd"
/// and "_HHmmssSSS", appended to the name or inserted before its extension.
/// </summary>
internal sealed record FileNameStamp(bool AddDate, bool AddTime, string? Format, bool BeforeExtension)
{
    public string Apply(string fileName, DateTime now)
    {
        var dot = fileName.LastIndexOf('.');
        var stem = BeforeExtension && dot >= 0 ? fileName[..dot] : fileName;
        var extension = BeforeExtension && dot >= 0 ? fileName[dot..] : string.Empty;
        if (!string.IsNullOrEmpty(Format))
        {
            stem += now.ToString(JavaFormats.ToNetDateFormat(Format), CultureInfo.InvariantCulture);
        }
        else
        {
            stem += AddDate ? "_" + now.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : string.Empty;
            stem += AddTime ? "_" + now.ToString("HHmmssfff", CultureInfo.InvariantCulture) : string.Empty;
        }

        return stem + extension;
    }
}
