using System.Globalization;

namespace Orleans.AsyncHop.Engine.Values;

/// <summary>Compares values as Hop's ValueMeta.compare does: nulls first, then by the left value's type.</summary>
public static class ValueCompare
{
    public static int Compare(ValueMeta leftMeta, object? left, ValueMeta rightMeta, object? right)
    {
        var leftNull = ValueConverter.IsNull(leftMeta, left);
        var rightNull = ValueConverter.IsNull(rightMeta, right);
        if (leftNull && rightNull)
        {
            return 0;
        }

        if (leftNull)
        {
            return -1;
        }

        if (rightNull)
        {
            return 1;
        }

        if (leftMeta.Type != rightMeta.Type || left!.GetType() != right!.GetType())
        {
            right = ValueConverter.Convert(right, rightMeta, leftMeta with { Trim = TrimType.None });
            if (right is null)
            {
                return 1;
            }
        }

        return CompareSameType(leftMeta, left!, right);
    }

    public static int CompareSameType(ValueMeta meta, object left, object right)
    {
        switch (left)
        {
            case string s:
                var other = right as string ?? System.Convert.ToString(right, CultureInfo.InvariantCulture) ?? string.Empty;
                var result = meta.CaseInsensitive
                    ? string.Compare(s, other, StringComparison.OrdinalIgnoreCase)
                    : string.CompareOrdinal(s, other);
                return Math.Sign(result);
            case long l:
                return l.CompareTo(System.Convert.ToInt64(right, CultureInfo.InvariantCulture));
            case double d:
                return JavaDoubleCompare(d, System.Convert.ToDouble(right, CultureInfo.InvariantCulture));
            case decimal m:
                return m.CompareTo(System.Convert.ToDecimal(right, CultureInfo.InvariantCulture));
            case DateTime dt:
                return dt.CompareTo((DateTime)right);
            case bool b:
                return b.CompareTo((bool)right);
            case byte[] bytes:
                return ((System.Collections.IStructuralComparable)bytes).CompareTo(right, System.Collections.Generic.Comparer<byte>.Default);
            case System.IComparable comparable:
                return comparable.CompareTo(right);
            default:
                return string.CompareOrdinal(left.ToString(), right.ToString());
        }
    }

    /// <summary>Java's Double.compare: NaN sorts above every number and -0.0 below 0.0.</summary>
    public static int JavaDoubleCompare(double left, double right)
    {
        if (left < right)
        {
            return -1;
        }

        if (left > right)
        {
            return 1;
        }

        // Java compares the bit patterns with NaN as 0x7ff8000000000000, a positive number above infinity.
        const long JavaNaN = 0x7ff8000000000000L;
        var leftBits = double.IsNaN(left) ? JavaNaN : BitConverter.DoubleToInt64Bits(left);
        var rightBits = double.IsNaN(right) ? JavaNaN : BitConverter.DoubleToInt64Bits(right);
        return leftBits == rightBits ? 0 : leftBits < rightBits ? -1 : 1;
    }
}
