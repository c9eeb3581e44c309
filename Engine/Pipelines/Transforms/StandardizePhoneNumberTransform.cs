using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;
using PhoneNumbers;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Standardize phone number: parses phone numbers with Google's libphonenumber (as Hop does), for the
/// row's country or a default one, and writes them in E164, INTERNATIONAL, NATIONAL or RFC3966 format. It
/// can add the number type (MOBILE, FIXED_LINE, …, ERROR when unparsable) and whether the number is valid.
/// An unparsable number leaves the output field null.
/// </summary>
[Transform("StandardizePhoneNumber")]
public sealed class StandardizePhoneNumberTransform : TransformBase
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    private List<PhoneField> fields = [];
    private RowMeta? preparedFor;
    private RowMeta? output;

    public override void Init()
    {
        fields = Meta.Element.Element("fields")?.Elements("field").Select(Read).ToList() ?? [];
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => inputMeta is null ? null : Layout(inputMeta);

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (!ReferenceEquals(preparedFor, input))
        {
            output = Layout(input);
            preparedFor = input;
        }

        var result = RowMeta.Resize(row, output!.Count);
        if (ReferenceEquals(result, row))
        {
            result = (object?[])row.Clone();
        }

        foreach (var field in fields)
        {
            Standardize(field, input, row, result);
        }

        await PutRowAsync(output, result, cancellationToken);
    }

    private static PhoneField Read(XElement field) => new(
        field.TagOrEmpty("input"),
        NullIfEmpty(field.Tag("output")),
        Enum.TryParse<PhoneNumberFormat>(field.Tag("format"), ignoreCase: false, out var format) ? format : PhoneNumberFormat.E164,
        NullIfEmpty(field.Tag("country")),
        field.TagOrEmpty("defaultCountry"),
        NullIfEmpty(field.Tag("numbertype")),
        NullIfEmpty(field.Tag("isvalidnumber")));

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private void Standardize(PhoneField field, RowMeta input, object?[] row, object?[] result)
    {
        var region = Region(field, input, row);
        var inputIndex = input.RequireIndex(field.Input, Name);
        var text = ValueConverter.ToText(input[inputIndex], row[inputIndex]);
        if (string.IsNullOrEmpty(text))
        {
            if (field.IsValid is not null)
            {
                result[output!.IndexOf(field.IsValid)] = false;
            }

            return;
        }

        PhoneNumber? number = null;
        try
        {
            number = Phones.Parse(text.Replace(',', ' '), region);
            var target = field.Output is null ? inputIndex : output!.IndexOf(field.Output);
            result[target] = Phones.Format(number, field.Format);
        }
        catch (NumberParseException)
        {
            Log.Detailed(Name, $"The phone number '{text}' of field '{field.Input}' could not be parsed.");
        }

        if (field.NumberType is not null)
        {
            result[output!.IndexOf(field.NumberType)] = number is null ? "ERROR" : Phones.GetNumberType(number).ToString();
        }

        if (field.IsValid is not null)
        {
            result[output!.IndexOf(field.IsValid)] = number is not null && Phones.IsValidNumber(number);
        }
    }

    /// <summary>Reads the row's country code; an empty or unknown one falls back to the default country.</summary>
    private string Region(PhoneField field, RowMeta input, object?[] row)
    {
        if (field.CountryField is null)
        {
            return field.DefaultCountry;
        }

        var index = input.RequireIndex(field.CountryField, Name);
        var country = ValueConverter.ToText(input[index], row[index]);
        if (string.IsNullOrEmpty(country))
        {
            return field.DefaultCountry;
        }

        if (Phones.GetSupportedRegions().Contains(country.ToUpperInvariant()))
        {
            return country.ToUpperInvariant();
        }

        Log.Error(Name, $"The country '{country}' is not a supported region; the default country '{field.DefaultCountry}' is used.");
        return field.DefaultCountry;
    }

    private RowMeta Layout(RowMeta input)
    {
        var added = new List<ValueMeta>();
        foreach (var field in fields)
        {
            if (field.Output is not null && field.Output != field.Input)
            {
                added.Add(new ValueMeta(field.Output, HopValueType.String));
            }

            if (field.NumberType is not null)
            {
                added.Add(new ValueMeta(field.NumberType, HopValueType.String));
            }

            if (field.IsValid is not null)
            {
                added.Add(new ValueMeta(field.IsValid, HopValueType.Boolean));
            }
        }

        return input.Add([.. added]);
    }

    private sealed record PhoneField(
        string Input,
        string? Output,
        PhoneNumberFormat Format,
        string? CountryField,
        string DefaultCountry,
        string? NumberType,
        string? IsValid);
}
