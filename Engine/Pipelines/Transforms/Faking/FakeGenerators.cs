using System.Globalization;
using Bogus;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Faking;

/// <summary>One fake value generator: the Hop type of its values and the function that draws a value.</summary>
public sealed record FakeGenerator(HopValueType Type, Func<Faker, object[], object?> Produce);

/// <summary>
/// Maps Hop's Fake data generators, named "provider.method" after Java Faker (DataFaker) with the
/// method's argument count, onto Bogus data sets. Values differ from Java Faker's, but their kind, type
/// and range follow the Java method: numberBetween(min, max) excludes max, randomDigit is 0 to 9, and md5
/// is 32 hexadecimal digits.
/// </summary>
public static partial class FakeGenerators
{
    private static readonly Dictionary<string, FakeGenerator> Generators = BuildCatalog();

    /// <summary>Old pipelines store Java Faker's provider type names (Name, PhoneNumber, DateAndTime) in place of accessors.</summary>
    private static readonly Dictionary<string, string> LegacyTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Name"] = "name", ["Number"] = "number", ["Internet"] = "internet", ["PhoneNumber"] = "phoneNumber",
        ["Address"] = "address", ["Book"] = "book", ["Business"] = "business", ["Color"] = "color",
        ["IdNumber"] = "idNumber", ["Hacker"] = "hacker", ["Company"] = "company", ["Crypto"] = "crypto",
        ["Commerce"] = "commerce", ["Currency"] = "currency", ["Code"] = "code", ["File"] = "file",
        ["Finance"] = "finance", ["Food"] = "food", ["DateAndTime"] = "date", ["Demographic"] = "demographic",
        ["Educator"] = "educator", ["Bool"] = "bool", ["University"] = "university", ["Job"] = "job",
        ["Lorem"] = "lorem", ["Music"] = "music", ["App"] = "app", ["Avatar"] = "avatar", ["Country"] = "country",
        ["Animal"] = "animal", ["Weather"] = "weather", ["Beer"] = "beer", ["Stock"] = "stock",
    };

    /// <summary>Generators Java Faker had that DataFaker moved; Hop redirects them the same way.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["crypto.md5"] = "hashing.md5",
        ["crypto.sha1"] = "hashing.sha1",
        ["crypto.sha256"] = "hashing.sha256",
        ["crypto.sha512"] = "hashing.sha512",
        ["internet.avatar"] = "avatar.image",
        ["internet.userAgentAny"] = "internet.userAgent",
        ["address.firstName"] = "name.firstName",
        ["address.lastName"] = "name.lastName",
        ["commerce.color"] = "color.name",
    };

    /// <summary>Returns the generator for a stored type and topic with that many arguments, or null when there is none.</summary>
    public static FakeGenerator? Find(string type, string topic, int argumentCount)
    {
        var accessor = LegacyTypes.GetValueOrDefault(type, type);
        var key = accessor + "." + topic;
        key = Aliases.GetValueOrDefault(key, key);
        return Generators.GetValueOrDefault(key + "/" + argumentCount.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Creates a Bogus faker for a Java locale tag (en, en-US, nl_BE); an unknown locale falls back to its language, then to English.</summary>
    public static Faker CreateFaker(string locale)
    {
        var tag = locale.Trim().Replace('-', '_');
        if (tag.Length == 0)
        {
            return new Faker();
        }

        foreach (var candidate in new[] { tag, tag.Split('_')[0].ToLowerInvariant() })
        {
            if (Database.LocaleResourceExists(candidate))
            {
                return new Faker(candidate);
            }
        }

        return new Faker();
    }

    private static long Long(object value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private static int Int(object value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);

    private static double Double(object value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    /// <summary>Draws from [min, max) as Java Faker's numberBetween does, or returns min when they are equal.</summary>
    private static long Between(Faker faker, object min, object max)
    {
        var low = Long(min);
        var high = Long(max);
        return low >= high ? low : faker.Random.Long(low, high - 1);
    }

    private static string Digits(Faker faker, int count) =>
        count <= 0 ? string.Empty : faker.Random.Replace(new string('#', count));
}
