using Bogus;
using Bogus.DataSets;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms.Faking;

/// <summary>The generator table: Java Faker provider methods and the Bogus data that stands in for them.</summary>
public static partial class FakeGenerators
{
    private static Dictionary<string, FakeGenerator> BuildCatalog()
    {
        var catalog = new Dictionary<string, FakeGenerator>(StringComparer.Ordinal);
        void Text(string key, Func<Faker, string> produce) => catalog[key + "/0"] = new(HopValueType.String, (f, _) => produce(f));
        void Add(string key, int count, HopValueType type, Func<Faker, object[], object?> produce) => catalog[key + "/" + count] = new(type, produce);

        Text("name.firstName", f => f.Name.FirstName());
        Text("name.lastName", f => f.Name.LastName());
        Text("name.fullName", f => f.Name.FullName());
        Text("name.name", f => f.Name.FullName());
        Text("name.nameWithMiddle", f => $"{f.Name.FirstName()} {f.Name.FirstName()} {f.Name.LastName()}");
        Text("name.prefix", f => f.Name.Prefix());
        Text("name.suffix", f => f.Name.Suffix());
        Text("name.title", f => f.Name.JobTitle());
        Text("name.username", f => f.Internet.UserName().ToLowerInvariant());

        Text("address.city", f => f.Address.City());
        Text("address.cityName", f => f.Address.City());
        Text("address.streetAddress", f => f.Address.StreetAddress());
        Text("address.streetName", f => f.Address.StreetName());
        Text("address.buildingNumber", f => f.Address.BuildingNumber());
        Text("address.secondaryAddress", f => f.Address.SecondaryAddress());
        Text("address.fullAddress", f => f.Address.FullAddress());
        Text("address.zipCode", f => f.Address.ZipCode());
        Text("address.postcode", f => f.Address.ZipCode());
        Text("address.country", f => f.Address.Country());
        Text("address.countryCode", f => f.Address.CountryCode());
        Text("address.state", f => f.Address.State());
        Text("address.stateAbbr", f => f.Address.StateAbbr());
        Text("address.county", f => f.Address.County());
        Text("address.latitude", f => f.Address.Latitude().ToString("0.########", System.Globalization.CultureInfo.InvariantCulture));
        Text("address.longitude", f => f.Address.Longitude().ToString("0.########", System.Globalization.CultureInfo.InvariantCulture));
        Text("address.timeZone", f => f.Date.TimeZoneString());

        Text("phoneNumber.phoneNumber", f => f.Phone.PhoneNumber());
        Text("phoneNumber.cellPhone", f => f.Phone.PhoneNumber());

        Text("internet.emailAddress", f => f.Internet.Email());
        Text("internet.safeEmailAddress", f => f.Internet.ExampleEmail());
        Text("internet.domainName", f => f.Internet.DomainName());
        Text("internet.domainWord", f => f.Internet.DomainWord());
        Text("internet.domainSuffix", f => f.Internet.DomainSuffix());
        Text("internet.url", f => f.Internet.Url());
        Text("internet.ipV4Address", f => f.Internet.Ip());
        Text("internet.ipV6Address", f => f.Internet.Ipv6());
        Text("internet.macAddress", f => f.Internet.Mac());
        Text("internet.password", f => f.Internet.Password());
        Text("internet.uuid", f => f.Random.Guid().ToString());
        Text("internet.userAgent", f => f.Internet.UserAgent());
        Text("internet.username", f => f.Internet.UserName().ToLowerInvariant());
        Text("avatar.image", f => f.Internet.Avatar());

        Add("number.randomDigit", 0, HopValueType.Integer, (f, _) => (long)f.Random.Int(0, 9));
        Add("number.randomDigitNotZero", 0, HopValueType.Integer, (f, _) => (long)f.Random.Int(1, 9));
        Add("number.randomNumber", 0, HopValueType.Integer, (f, _) => f.Random.Long(0, long.MaxValue));
        Add("number.randomNumber", 2, HopValueType.Integer, (f, a) => RandomNumber(f, Int(a[0]), a[1] is true));
        Add("number.numberBetween", 2, HopValueType.Integer, (f, a) => Between(f, a[0], a[1]));
        Add("number.positive", 0, HopValueType.Integer, (f, _) => (long)f.Random.Int(1, int.MaxValue));
        Add("number.negative", 0, HopValueType.Integer, (f, _) => (long)-f.Random.Int(1, int.MaxValue));
        Add("number.digit", 0, HopValueType.String, (f, _) => Digits(f, 1));
        Add("number.digits", 1, HopValueType.String, (f, a) => Digits(f, Int(a[0])));
        Add("number.randomDouble", 3, HopValueType.Number, (f, a) =>
            Math.Round(f.Random.Double(Double(a[1]), Double(a[2])), Math.Clamp(Int(a[0]), 0, 15)));

        Text("hashing.md5", f => f.Random.Hash(32));
        Text("hashing.sha1", f => f.Random.Hash(40));
        Text("hashing.sha256", f => f.Random.Hash(64));
        Text("hashing.sha512", f => f.Random.Hash(128));

        Text("company.name", f => f.Company.CompanyName());
        Text("company.suffix", f => f.Company.CompanySuffix());
        Text("company.catchPhrase", f => f.Company.CatchPhrase());
        Text("company.bs", f => f.Company.Bs());
        Text("company.url", f => f.Internet.Url());
        Text("company.logo", f => f.Internet.Avatar());
        Text("company.profession", f => f.Name.JobType());
        Text("company.buzzword", f => f.Hacker.Adjective());

        // NOTE: Bogus has no industry or book data, so these draw from the closest data Bogus has.
        Text("company.industry", f => f.Commerce.Department(1));
        Text("book.author", f => f.Name.FullName());
        Text("book.title", f => f.Commerce.ProductName());
        Text("book.genre", f => f.Music.Genre());
        Text("book.publisher", f => f.Company.CompanyName());

        Text("job.title", f => f.Name.JobTitle());
        Text("job.field", f => f.Name.JobArea());
        Text("job.position", f => f.Name.JobType());
        Text("job.seniority", f => f.Name.JobDescriptor());

        Text("lorem.word", f => f.Lorem.Word());
        Text("lorem.sentence", f => f.Lorem.Sentence());
        Text("lorem.paragraph", f => f.Lorem.Paragraph());
        Add("lorem.characters", 1, HopValueType.String, (f, a) => f.Random.AlphaNumeric(Int(a[0])));
        Add("lorem.sentence", 1, HopValueType.String, (f, a) => f.Lorem.Sentence(Int(a[0])));
        Add("lorem.paragraph", 1, HopValueType.String, (f, a) => f.Lorem.Paragraph(Int(a[0])));

        Text("commerce.productName", f => f.Commerce.ProductName());
        Text("commerce.department", f => f.Commerce.Department());
        Text("commerce.material", f => f.Commerce.ProductMaterial());
        Text("commerce.price", f => f.Commerce.Price());
        Text("commerce.promotionCode", f => f.Random.AlphaNumeric(10).ToUpperInvariant());
        Text("color.name", f => f.Commerce.Color());
        Text("color.hex", f => f.Internet.Color());

        Text("finance.iban", f => f.Finance.Iban());
        Text("finance.bic", f => f.Finance.Bic());
        Text("finance.creditCard", f => f.Finance.CreditCardNumber());
        Text("currency.name", f => f.Finance.Currency().Description);
        Text("currency.code", f => f.Finance.Currency().Code);

        Text("hacker.abbreviation", f => f.Hacker.Abbreviation());
        Text("hacker.adjective", f => f.Hacker.Adjective());
        Text("hacker.noun", f => f.Hacker.Noun());
        Text("hacker.verb", f => f.Hacker.Verb());
        Text("hacker.ingverb", f => f.Hacker.IngVerb());

        Text("code.ean8", f => f.Commerce.Ean8());
        Text("code.ean13", f => f.Commerce.Ean13());
        Text("file.extension", f => f.System.FileExt());
        Text("file.fileName", f => f.System.FileName());
        Text("file.mimeType", f => f.System.MimeType());
        Text("app.version", f => f.System.Version().ToString());
        Text("music.genre", f => f.Music.Genre());
        Text("country.name", f => f.Address.Country());
        Text("country.countryCode2", f => f.Address.CountryCode());
        Text("country.countryCode3", f => f.Address.CountryCode(Iso3166Format.Alpha3));
        Text("university.name", f => $"{f.Address.City()} University");

        Add("bool.bool", 0, HopValueType.Boolean, (f, _) => f.Random.Bool());
        Add("date.birthday", 0, HopValueType.Date, (f, _) => f.Date.Past(47, DateTime.Now.AddYears(-18)));
        Add("date.birthday", 2, HopValueType.Date, (f, a) => f.Date.Between(DateTime.Now.AddYears(-Int(a[1])), DateTime.Now.AddYears(-Int(a[0]))));
        Add("date.past", 0, HopValueType.Date, (f, _) => f.Date.Past());
        Add("date.future", 0, HopValueType.Date, (f, _) => f.Date.Future());
        return catalog;
    }

    /// <summary>Java Faker's randomNumber(digits, strict): up to that many digits, exactly that many when strict.</summary>
    private static long RandomNumber(Faker faker, int digits, bool strict)
    {
        var count = Math.Clamp(digits, 1, 18);
        var max = (long)Math.Pow(10, count) - 1;
        var min = strict ? (long)Math.Pow(10, count - 1) : 0;
        return faker.Random.Long(min, max);
    }
}
