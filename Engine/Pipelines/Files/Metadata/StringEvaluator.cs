using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Files.Metadata;

/// <summary>
/// Guesses the type of a column from its text values as Hop's StringEvaluator does: every candidate
/// conversion (dates by mask, US and European numbers, currency, integers, zero-padded integers, booleans)
/// that fails on a value is dropped, and the advice is the surviving candidate with the shortest mask (the
/// longest one when a date survives), or a String as long as the longest value.
/// </summary>
public sealed class StringEvaluator
{
    private readonly HashSet<string> values = new(StringComparer.Ordinal);
    private List<TypeCandidate> candidates;
    private int maxLength;
    private int maxPrecision;

    public StringEvaluator()
    {
        candidates = TypeCandidate.CreateAll();
    }

    public void Evaluate(string value)
    {
        if (!values.Add(value))
        {
            return;
        }

        maxLength = Math.Max(maxLength, value.Length);
        maxPrecision = Math.Max(maxPrecision, TypeCandidate.PrecisionOf(value));
        candidates.RemoveAll(candidate => !candidate.Accepts(value));
    }

    /// <summary>Returns the advised type; a numeric advice takes the precision and length seen in the values.</summary>
    public TypeCandidate Advise()
    {
        if (candidates.Count == 0)
        {
            return new TypeCandidate(HopValueType.String, null) { Length = maxLength, Precision = -1 };
        }

        if (Contains(HopValueType.Integer) && Contains(HopValueType.Number))
        {
            candidates.RemoveAll(c => maxPrecision == 0 ? c.Type == HopValueType.Number : c.Type == HopValueType.Integer);
        }

        if (Contains(HopValueType.Integer) && Contains(HopValueType.Date))
        {
            candidates.RemoveAll(c => c.Type == HopValueType.Integer);
        }

        // Hop sorts the list in place with a stable sort, so later advice starts from this order.
        candidates = Contains(HopValueType.Date)
            ? candidates.OrderByDescending(c => c.Mask?.Length ?? 0).ToList()
            : candidates.OrderBy(c => c.Mask?.Length ?? 0).ToList();
        var result = candidates[0];
        if (result.Type == HopValueType.Number && result.Currency is null)
        {
            result.Precision = maxPrecision;
            if (maxPrecision > 0 && maxLength > 0)
            {
                result.Length = maxLength;
            }
        }

        return result;
    }

    private bool Contains(HopValueType type) => candidates.Any(c => c.Type == type && c.Successes > 0);
}
