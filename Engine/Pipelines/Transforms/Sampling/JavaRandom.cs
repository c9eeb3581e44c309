namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Sampling;

/// <summary>
/// The linear congruential generator of java.util.Random, so that a seeded sample picks the same rows
/// as Hop. The constants and the bit layout of <see cref="NextDouble"/> follow the Java SE documentation.
/// </summary>
internal sealed class JavaRandom
{
    private const long Multiplier = 0x5DEECE66DL;
    private const long Addend = 0xBL;
    private const long Mask = (1L << 48) - 1;

    private long seed;

    public JavaRandom(long seed)
    {
        this.seed = (seed ^ Multiplier) & Mask;
    }

    /// <summary>Returns a double in [0, 1) built from 53 random bits, as Random.nextDouble does.</summary>
    public double NextDouble()
    {
        var high = (long)Next(26) << 27;
        var low = Next(27);
        return (high + low) * (1.0 / (1L << 53));
    }

    private int Next(int bits)
    {
        seed = ((seed * Multiplier) + Addend) & Mask;
        return (int)((ulong)seed >> (48 - bits));
    }
}
