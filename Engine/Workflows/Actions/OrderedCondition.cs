namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Hop's "success number condition" codes (equal, different, smaller, smallequal, greater, greaterequal,
/// between, inlist, notinlist), shared by Simple evaluation for numbers and dates and by Evaluate files
/// metrics. An unknown code means equal, as Hop falls back to its first option.
/// </summary>
internal static class OrderedCondition
{
    /// <summary>
    /// Evaluates <paramref name="value"/> against the compare text, or min and max for between.
    /// Returns null and sets <paramref name="error"/> when a compare value cannot be parsed.
    /// </summary>
    public static bool? Evaluate<T>(
        string condition,
        T value,
        string compare,
        string min,
        string max,
        Func<string, T?> parse,
        out string? error)
        where T : struct, IComparable<T>
    {
        error = null;
        switch (condition)
        {
            case "between":
                var low = parse(min);
                var high = parse(max);
                if (low is null || high is null)
                {
                    error = $"cannot parse the range '{min}' to '{max}'.";
                    return null;
                }

                if (low.Value.CompareTo(high.Value) >= 0)
                {
                    error = $"the minimum '{min}' must be smaller than the maximum '{max}'.";
                    return null;
                }

                return value.CompareTo(low.Value) >= 0 && value.CompareTo(high.Value) <= 0;
            case "inlist" or "notinlist":
                var inList = false;
                foreach (var part in compare.Split(','))
                {
                    var item = parse(part);
                    if (item is null)
                    {
                        error = $"cannot parse the list value '{part}'.";
                        return null;
                    }

                    inList |= value.CompareTo(item.Value) == 0;
                }

                return condition == "inlist" ? inList : !inList;
        }

        var target = parse(compare);
        if (target is null)
        {
            error = $"cannot parse the compare value '{compare}'.";
            return null;
        }

        var order = value.CompareTo(target.Value);
        return condition switch
        {
            "different" => order != 0,
            "smaller" => order < 0,
            "smallequal" => order <= 0,
            "greater" => order > 0,
            "greaterequal" => order >= 0,
            _ => order == 0,
        };
    }
}
