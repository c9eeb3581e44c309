namespace Orleans.AsyncHop.Engine.Pipelines.Joins;

/// <summary>A composite lookup key with value equality over its parts; byte arrays compare by content.</summary>
public sealed class RowKey(object?[] keyParts) : IEquatable<RowKey>
{
    private readonly object?[] parts = keyParts;

    public bool Equals(RowKey? other)
    {
        if (other is null || other.parts.Length != parts.Length)
        {
            return false;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            var equal = (parts[i], other.parts[i]) switch
            {
                (null, null) => true,
                (byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b),
                var (a, b) => Equals(a, b),
            };
            if (!equal)
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is RowKey other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var part in parts)
        {
            hash.Add(part is byte[] bytes ? bytes.Length : part);
        }

        return hash.ToHashCode();
    }
}
