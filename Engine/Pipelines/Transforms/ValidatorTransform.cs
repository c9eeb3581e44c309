using System.Globalization;
using System.Text;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.Validation;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Data validator: checks each row against per-field validations (null rules, data type, string length,
/// minimum and maximum value, allowed values from the settings or from an info transform, numeric text,
/// required and forbidden prefixes and suffixes, and regular expressions). Valid rows pass on unchanged.
/// Failing rows go to the error hop, once per failed validation or once with the concatenated errors.
/// Without error handling the first failure stops the pipeline.
/// </summary>
[Transform("Validator")]
public sealed partial class ValidatorTransform : TransformBase
{
    private readonly List<ValidationRule> rules = [];
    private bool validateAll;
    private bool concatenateErrors;
    private string separator = string.Empty;
    private bool hideFailedData;
    private string[] sources = [];
    private int[] fieldIndexes = [];
    private RowMeta? indexedFor;

    public override IReadOnlyCollection<string> InfoStreamNames => sources;

    public override void Init()
    {
        var settings = Meta.Element;
        validateAll = settings.Flag("validate_all");
        concatenateErrors = settings.Flag("concat_errors");
        separator = Resolve(settings.Tag("concat_separator"));
        hideFailedData = settings.Flag("suppress_log_failed_data");
        var number = 0;
        foreach (var element in settings.Elements("validator_field"))
        {
            number++;
            try
            {
                rules.Add(ValidationRule.Read(element, number, Resolve));
            }
            catch (HopException exception)
            {
                throw Failure(exception.Message, exception);
            }
        }

        foreach (var rule in rules.Where(r => r.SourcingValues))
        {
            if (rule.SourcingTransform.Length == 0)
            {
                throw Failure($"there is no source transform for the allowed values of validation '{rule.Name}'.");
            }

            if (rule.SourcingField.Length == 0)
            {
                throw Failure($"there is no source field for the allowed values of validation '{rule.Name}'.");
            }
        }

        sources = rules.Where(r => r.SourcingValues).Select(r => r.SourcingTransform).Distinct(StringComparer.Ordinal).ToArray();
        RejectDistributedSources();
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var source in sources)
        {
            var (meta, rows) = await ReadInfoStreamAsync(source, cancellationToken);
            LoadAllowedValues(source, meta, rows);
        }

        while (await GetRowAsync(cancellationToken) is { } row)
        {
            await ValidateRowAsync(row, cancellationToken);
        }
    }

    private async Task ValidateRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (!ReferenceEquals(indexedFor, input))
        {
            fieldIndexes = rules.Select(r => input.IndexOf(r.FieldName)).ToArray();
            var missing = Array.IndexOf(fieldIndexes, -1);
            if (missing >= 0)
            {
                throw Failure($"field '{rules[missing].FieldName}' of validation {missing + 1} " +
                    $"('{rules[missing].Name}') is not found in the input row ({input}).");
            }

            indexedFor = input;
        }

        var failures = Validate(input, row);
        if (failures.Count == 0)
        {
            await PutRowAsync(input, row, cancellationToken);
            return;
        }

        if (!HasErrorHandling)
        {
            throw Failure(failures[0].Description);
        }

        if (concatenateErrors)
        {
            await PutErrorAsync(
                input,
                row,
                failures.Count,
                string.Join(separator, failures.Select(f => f.Description)),
                string.Join(separator, failures.Select(f => f.FieldName)),
                string.Join(separator, failures.Select(f => f.Code)),
                cancellationToken);
            return;
        }

        foreach (var failure in failures)
        {
            await PutErrorAsync(input, row, 1, failure.Description, failure.FieldName, failure.Code, cancellationToken);
        }
    }

    private void LoadAllowedValues(string source, RowMeta? meta, List<object?[]> rows)
    {
        foreach (var rule in rules.Where(r => r.SourcingValues && r.SourcingTransform == source))
        {
            var values = new List<object>();
            if (meta is not null)
            {
                var index = meta.IndexOf(rule.SourcingField);
                if (index < 0)
                {
                    throw Failure($"source field '{rule.SourcingField}' of validation '{rule.Name}' is not found " +
                        $"in the rows of transform '{source}' ({meta}).");
                }

                rule.ConstantMeta = meta[index];
                values.AddRange(rows.Select(r => r[index]).OfType<object>());
            }

            rule.AllowedValues = values;
        }
    }

    /// <summary>
    /// Rejects a run where several copies of this transform would each get only part of the allowed values,
    /// as Hop does: the info transform must copy its rows to every copy instead of distributing them.
    /// </summary>
    private void RejectDistributedSources()
    {
        var copiesText = Resolve(Meta.Copies);
        if (!int.TryParse(copiesText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var copies) || copies <= 1)
        {
            return;
        }

        foreach (var source in sources)
        {
            if (Pipeline.Meta.FindTransform(source) is { Distribute: true })
            {
                throw Failure($"transform '{source}' delivers allowed values but distributes its rows over the " +
                    $"{copies} copies of this transform, so each copy would miss values. Run this transform in " +
                    $"one copy, or set the data movement of '{source}' to copy rows to all transforms.");
            }
        }
    }

    private string RowText(RowMeta meta, object?[] row)
    {
        if (hideFailedData)
        {
            return "?";
        }

        var text = new StringBuilder();
        for (var i = 0; i < meta.Count; i++)
        {
            text.Append(i > 0 ? ", [" : "[").Append(ValueConverter.ToText(meta[i], row[i]) ?? "null").Append(']');
        }

        return text.ToString();
    }

    private string ValueText(ValueMeta meta, object? value) =>
        hideFailedData ? "?" : ValueConverter.ToText(meta, value) ?? "null";
}
