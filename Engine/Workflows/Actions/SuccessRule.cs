using System.Globalization;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// The success condition of Hop's bulk file actions: no errors at all (the default), at least a limit
/// of successes, or fewer errors than a limit. Once errors make success impossible the action stops.
/// </summary>
internal sealed class SuccessRule(string condition, int limit)
{
    public int Errors { get; private set; }

    public int Successes { get; private set; }

    /// <summary>True once the errors so far rule success out, so the remaining items are skipped.</summary>
    public bool Broken => condition switch
    {
        "success_if_errors_less" => Errors >= limit,
        "success_when_at_least" => false,
        _ => Errors > 0,
    };

    public bool Succeeded => condition switch
    {
        "success_if_errors_less" => Errors <= limit,
        "success_when_at_least" => Successes >= limit,
        _ => Errors == 0,
    };

    public static SuccessRule Read(string condition, string limitText)
    {
        var parsed = int.TryParse(limitText.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var limit);
        return new SuccessRule(condition, parsed ? limit : 10);
    }

    public void Record(bool success)
    {
        if (success)
        {
            Successes++;
        }
        else
        {
            Errors++;
        }
    }
}
