namespace Orleans.AsyncHop.Engine.Values;

/// <summary>
/// The linear congruential generator of java.util.Random, so a seeded generator gives the same numbers as
/// in Hop: 48-bit state, multiplier 0x5DEECE66D, addend 11.
/// </summary>
public sealed class JavaRandom
{
    private const long Multiplier = 0x5DEECE66DL;
    private const long Mask = (1L << 48) - 1;

    private long state;

    public JavaRandom(long seed) => state = (seed ^ Multiplier) & Mask;

    /// <summary>Creates a generator with a seed drawn from the operating system's random source.</summary>
    public JavaRandom()
        : this(System.Security.Cryptography.RandomNumberGenerator.GetInt32(int.MaxValue) * 31L
            + System.Security.Cryptography.RandomNumberGenerator.GetInt32(int.MaxValue))
    {
    }

    public int NextInt() => Next(32);

    public long NextLong() => ((long)Next(32) << 32) + Next(32);

    public double NextDouble() => (((long)Next(26) << 27) + Next(27)) * (1.0 / (1L << 53));

    private int Next(int bits)
    {
        state = unchecked((state * Multiplier) + 0xBL) & Mask;
        return unchecked((int)((ulong)state >> (48 - bits)));
    }
}
