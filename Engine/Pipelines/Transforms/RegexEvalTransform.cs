using System.Text.RegularExpressions;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.Text;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Regex evaluation: matches a field against a Java regular expression (the whole value must match) and
/// writes the outcome to a Boolean result field. With capture groups on, each group fills one new field,
/// converted to that field's type. With field replacement on, a result or group field named like an
/// input field takes that field's place. A null input value gives false and leaves the group fields empty.
/// </summary>
[Transform("RegexEval")]
public sealed class RegexEvalTransform : TransformBase
{
    private readonly List<FieldDefinition> groupFields = [];
    private readonly OutputLayoutCache layouts;
    private Regex regex = null!;
    private string matcher = string.Empty;
    private string resultField = string.Empty;
    private bool captureGroups;
    private bool replaceFields;
    private int sourceIndex;
    private int resultIndex;
    private int[] groupIndexes = [];

    public RegexEvalTransform() => layouts = new OutputLayoutCache(Prepare);

    public override void Init()
    {
        var settings = Meta.Element;
        matcher = settings.TagOrEmpty("matcher");
        resultField = Resolve(settings.Tag("resultfieldname"));
        captureGroups = settings.Flag("allowcapturegroups");
        replaceFields = settings.Flag("replacefields");
        foreach (var field in settings.Element("fields")?.Elements("field") ?? [])
        {
            var definition = FieldDefinition.Read(field);
            groupFields.Add(definition with { Meta = definition.Meta with { Trim = TrimTypes.Parse(field.Tag("trimtype")) } });
        }

        if (resultField.Length == 0 && !captureGroups)
        {
            throw Failure("no result field name is set, so name a result field or turn on capture groups.");
        }

        if (matcher.Length == 0)
        {
            throw Failure("no field to evaluate is set.");
        }

        var script = settings.TagOrEmpty("script");
        var pattern = settings.Flag("usevar") ? Resolve(script) : script;
        try
        {
            regex = JavaRegex.CompileWhole(pattern, Options(settings));
        }
        catch (ArgumentException exception)
        {
            throw Failure($"the regular expression '{pattern}' is invalid: {exception.Message}", exception);
        }

        // TODO: Java's CANON_EQ (canoneq) flag has no .NET counterpart, so canonically equivalent but
        // differently composed characters do not match each other.
        var groups = regex.GetGroupNumbers().Length - 1;
        if (captureGroups && groups != groupFields.Count)
        {
            throw Failure($"the regular expression has {groups} capture groups but {groupFields.Count} group fields " +
                "are defined; define one field per capture group.");
        }
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta) => layouts.Describe(inputMeta);

    protected override async ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        var layout = layouts.For(input);

        var output = RowMeta.Resize(row, layout.Count);
        var isMatch = false;
        try
        {
            if (!ValueConverter.IsNull(input[sourceIndex], row[sourceIndex]))
            {
                var text = ValueConverter.ToText(input[sourceIndex], row[sourceIndex]) ?? string.Empty;
                var match = regex.Match(text);
                isMatch = match.Success;
                FillGroups(match, layout, output);
            }
        }
        catch (Exception exception)
            when (exception is FormatException or InvalidCastException or OverflowException or HopException)
        {
            if (!HasErrorHandling)
            {
                throw Failure($"a capture group value of row {LinesRead} cannot be converted: {exception.Message}", exception);
            }

            await PutErrorAsync(input, row, 1, exception.Message, string.Empty, "REGEX001", cancellationToken);
            return;
        }
        catch (RegexMatchTimeoutException exception)
        {
            throw Failure($"matching field '{matcher}' of row {LinesRead} timed out: {exception.Message}", exception);
        }

        if (resultIndex >= 0)
        {
            output[resultIndex] = isMatch;
        }

        await PutRowAsync(layout, output, cancellationToken);
    }

    private void FillGroups(Match match, RowMeta layout, object?[] output)
    {
        for (var i = 0; i < groupIndexes.Length; i++)
        {
            var index = groupIndexes[i];
            if (index < 0)
            {
                continue;
            }

            var group = match.Success ? match.Groups[i + 1] : null;

            // A group that took no part in the match keeps the incoming value, or stays null for a new field.
            var text = group is { Success: true } ? group.Value : ValueConverter.ToText(layout[index], output[index]);
            var field = groupFields[i];
            output[index] = ValueConverter.FromStringWithRules(layout[index], text, field.NullIf, field.IfNull, layout[index].Trim);
        }
    }

    private static RegexOptions Options(System.Xml.Linq.XElement settings)
    {
        var options = RegexOptions.None;
        options |= settings.Flag("caseinsensitive") ? RegexOptions.IgnoreCase : RegexOptions.None;
        options |= settings.Flag("comment") ? RegexOptions.IgnorePatternWhitespace : RegexOptions.None;
        options |= settings.Flag("dotall") ? RegexOptions.Singleline : RegexOptions.None;
        options |= settings.Flag("multiline") ? RegexOptions.Multiline : RegexOptions.None;

        // NOTE: the unicode and unix flags need no option, because .NET case folding is always Unicode-aware and
        // '.', '^' and '$' treat only '\n' as a line end, as Java does with UNIX_LINES. Without the unix
        // flag Java also ends lines at '\r', U+0085, U+2028 and U+2029, which .NET does not.
        return options;
    }

    private RowMeta Prepare(RowMeta input)
    {
        sourceIndex = input.IndexOf(matcher);
        if (sourceIndex < 0)
        {
            throw Failure($"the field to evaluate '{matcher}' is not found in the input row ({input}).");
        }

        var fields = input.Fields.ToList();
        resultIndex = -1;
        if (resultField.Length > 0)
        {
            resultIndex = replaceFields ? fields.FindIndex(f => f.Name == resultField) : -1;
            if (resultIndex < 0)
            {
                resultIndex = fields.Count;
                fields.Add(new ValueMeta(resultField, HopValueType.Boolean));
            }
            else
            {
                fields[resultIndex] = fields[resultIndex] with { Type = HopValueType.Boolean };
            }
        }

        groupIndexes = new int[captureGroups ? groupFields.Count : 0];
        for (var i = 0; i < groupIndexes.Length; i++)
        {
            var meta = groupFields[i].Meta;
            if (meta.Name.Length == 0)
            {
                groupIndexes[i] = -1;
                continue;
            }

            var at = replaceFields ? fields.FindIndex(f => f.Name == meta.Name) : -1;
            if (at < 0)
            {
                at = fields.Count;
                fields.Add(meta);
            }
            else
            {
                fields[at] = meta;
            }

            groupIndexes[i] = at;
        }

        return new RowMeta(fields);
    }
}
