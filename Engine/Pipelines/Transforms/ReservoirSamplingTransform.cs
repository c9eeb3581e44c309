using System.Globalization;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.Sampling;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Reservoir sampling: keeps a uniform random sample of N rows of its input (Vitter's algorithm R) and
/// writes it after the last row, in reservoir slot order. A sample size of 0 passes every row on, and a
/// negative size writes nothing. The seeded generator is java.util.Random, which Hop also uses, and it
/// skips the first 100 draws as Hop does, so the same seed picks the same rows.
/// </summary>
[Transform("ReservoirSampling")]
public sealed class ReservoirSamplingTransform : TransformBase
{
    private int sampleSize;
    private int seed;

    public override void Init()
    {
        var settings = Meta.Element.Element("reservoir_sampling") ?? Meta.Element;
        var sizeText = Resolve(settings.Tag("sample_size") ?? "100");
        var seedText = Resolve(settings.Tag("seed") ?? "1");
        var expanded = ExpandedInteger.Expand(sizeText) ?? sizeText;
        if (!TryParseJavaInt(expanded, out sampleSize))
        {
            throw Failure($"the sample size '{sizeText}' is not a valid integer.");
        }

        if (!TryParseJavaInt(seedText, out seed))
        {
            throw Failure($"the random seed '{seedText}' is not a valid integer.");
        }
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        if (sampleSize < 0)
        {
            return;
        }

        if (sampleSize == 0)
        {
            await base.RunAsync(cancellationToken);
            return;
        }

        var random = new JavaRandom(seed);
        for (var i = 0; i < 100; i++)
        {
            random.NextDouble();
        }

        var samples = new List<object?[]>(Math.Min(sampleSize, 10_000));
        long rowNumber = 0;
        RowMeta? layout = null;
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            layout ??= InputRowMeta!;
            if (rowNumber < sampleSize)
            {
                samples.Add(row);
            }
            else if (random.NextDouble() < (double)sampleSize / rowNumber)
            {
                var slot = (int)(sampleSize * random.NextDouble());
                samples[slot] = row;
            }

            rowNumber++;
        }

        foreach (var sample in samples)
        {
            await PutRowAsync(layout!, sample, cancellationToken);
        }
    }

    /// <summary>Parses like Java's Integer.parseInt: an optional sign and ASCII digits, no spaces.</summary>
    private static bool TryParseJavaInt(string text, out int value)
    {
        value = 0;
        var digits = text.Length > 0 && text[0] is '+' or '-' ? text[1..] : text;
        return digits.Length > 0
            && digits.All(char.IsAsciiDigit)
            && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }
}
