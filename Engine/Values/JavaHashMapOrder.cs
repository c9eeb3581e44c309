using System.Numerics;

namespace Orleans.AsyncHop.Engine.Values;

/// <summary>
/// Orders keys the way a java.util.HashMap with default settings iterates them, for output whose order in
/// Hop follows such a map. Keys must be distinct and given in insertion order.
/// </summary>
/// <remarks>
/// A default HashMap starts with 16 buckets and doubles them when it contains more than 3/4 of the bucket
/// count. It iterates bucket by bucket, with keys of one bucket in insertion order, because resizing
/// keeps their relative order. NOTE: a bucket of 8 or more keys turns into a tree in Java, whose order
/// this does not model. Byte arrays hash by identity in Java, so their order cannot be matched.
/// </remarks>
public static class JavaHashMapOrder
{
    public static List<T> Order<T>(IReadOnlyList<T> keys, Func<T, object?> keyValue)
    {
        var buckets = 16;
        while (keys.Count > buckets * 3 / 4)
        {
            buckets *= 2;
        }

        return keys
            .Select((key, index) => (Key: key, Index: index, Bucket: Spread(JavaHashCode(keyValue(key))) & (buckets - 1)))
            .OrderBy(k => k.Bucket)
            .ThenBy(k => k.Index)
            .Select(k => k.Key)
            .ToList();
    }

    /// <summary>Returns the hashCode() of the Java object Hop uses for the value (Long, Double, String, ...).</summary>
    public static int JavaHashCode(object? value) => value switch
    {
        null => 0,
        long number => (int)(number ^ (long)((ulong)number >> 32)),
        double number => LongHash(BitConverter.DoubleToInt64Bits(double.IsNaN(number) ? double.NaN : number)),
        string text => StringHash(text),
        bool flag => flag ? 1231 : 1237,
        DateTime date => LongHash(new DateTimeOffset(date).ToUnixTimeMilliseconds()),
        decimal number => BigDecimalHash(number),
        _ => value.GetHashCode(),
    };

    private static int Spread(int hash) => hash ^ (int)((uint)hash >> 16);

    private static int LongHash(long number) => (int)(number ^ (long)((ulong)number >> 32));

    private static int StringHash(string text)
    {
        var hash = 0;
        foreach (var c in text)
        {
            hash = unchecked((31 * hash) + c);
        }

        return hash;
    }

    /// <summary>BigDecimal.hashCode: 31 × the unscaled BigInteger's hashCode + the scale.</summary>
    private static int BigDecimalHash(decimal number)
    {
        var bits = decimal.GetBits(number);
        var scale = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0;
        var magnitude = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        var hash = 0;
        if (!magnitude.IsZero)
        {
            // BigInteger.hashCode runs over the 32-bit words of the magnitude, most significant first.
            var words = new List<uint>();
            for (var rest = magnitude; !rest.IsZero; rest >>= 32)
            {
                words.Insert(0, (uint)(rest & uint.MaxValue));
            }

            foreach (var word in words)
            {
                hash = unchecked((31 * hash) + (int)word);
            }

            hash = negative ? -hash : hash;
        }

        return unchecked((31 * hash) + scale);
    }
}
