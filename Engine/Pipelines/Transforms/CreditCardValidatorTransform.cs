using Orleans.AsyncHop.Engine.Pipelines.Transforms.Text;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.Validation;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Credit card validator: checks the card number in a field with the Luhn checksum and Hop's card type
/// rules, and adds a Boolean result field plus, when named, the card type and the reason a number is not
/// valid. Optionally every character but the digits is removed first.
/// </summary>
[Transform("CreditCardValidator")]
public sealed class CreditCardValidatorTransform : TransformBase
{
    private readonly OutputLayoutCache layouts;
    private string fieldName = string.Empty;
    private string resultField = string.Empty;
    private string cardTypeField = string.Empty;
    private string notValidField = string.Empty;
    private bool onlyDigits;
    private int fieldIndex;

    public CreditCardValidatorTransform() => layouts = new OutputLayoutCache(Prepare);

    public override void Init()
    {
        var settings = Meta.Element;
        fieldName = settings.TagOrEmpty("fieldname");
        resultField = Resolve(settings.Tag("resultfieldname"));
        cardTypeField = Resolve(settings.Tag("cardtype"));
        notValidField = Resolve(settings.Tag("notvalidmsg"));
        onlyDigits = settings.Flag("onlydigits");
        if (fieldName.Length == 0)
        {
            throw Failure("the card number field name is missing.");
        }

        if (resultField.Length == 0)
        {
            throw Failure("the result field name is missing.");
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => layouts.Describe(inputMeta);

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        var layout = layouts.For(input);

        var number = ValueConverter.ToText(input[fieldIndex], row[fieldIndex]);
        if (onlyDigits)
        {
            number = HopText.DigitsOnly(number);
        }

        (bool Valid, string? CardType, string? NotValidMessage) check;
        try
        {
            check = CreditCardCheck.Check(number);
        }
        catch (ArgumentException exception)
        {
            if (!HasErrorHandling)
            {
                throw Failure($"field '{fieldName}' in row {LinesRead}: {exception.Message}", exception);
            }

            await PutErrorAsync(input, row, 1, exception.Message, resultField, "CreditCardValidator001", cancellationToken);
            return;
        }

        var output = RowMeta.Resize(row, layout.Count);
        var at = input.Count;
        output[at++] = check.Valid;
        if (cardTypeField.Length > 0)
        {
            output[at++] = check.CardType;
        }

        if (notValidField.Length > 0)
        {
            output[at] = check.NotValidMessage;
        }

        await PutRowAsync(layout, output, cancellationToken);
    }

    private RowMeta Prepare(RowMeta input)
    {
        fieldIndex = input.IndexOf(fieldName);
        if (fieldIndex < 0)
        {
            throw Failure($"the card number field '{fieldName}' is not found in the input row ({input}).");
        }

        var added = new List<ValueMeta> { new(resultField, HopValueType.Boolean) };
        if (cardTypeField.Length > 0)
        {
            added.Add(new ValueMeta(cardTypeField, HopValueType.String));
        }

        if (notValidField.Length > 0)
        {
            added.Add(new ValueMeta(notValidField, HopValueType.String));
        }

        return input.Add([.. added]);
    }
}
