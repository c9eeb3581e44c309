using System.Globalization;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>
/// Fuzzy match: loads the lookup stream into memory, then finds for each main row the lookup values that are
/// close to a main field by an edit distance, a similarity score or a phonetic code. It writes the closest
/// match, one row per match, or all matches concatenated, with the measure and optional lookup fields.
/// </summary>
[Transform("FuzzyMatch")]
public sealed partial class FuzzyMatchTransform : TransformBase
{
    private const int DefaultMaxMatches = 10;
    private const int HardMaxMatches = 100;

    private readonly List<(string Name, string Rename)> lookupValues = [];
    private readonly List<object?[]> lookupRows = [];
    private string from = string.Empty;
    private string lookupField = string.Empty;
    private string mainField = string.Empty;
    private string matchField = string.Empty;
    private string valueField = string.Empty;
    private string algorithm = string.Empty;
    private string mode = "closest";
    private string separator = string.Empty;
    private bool caseSensitive;
    private int maxMatches;
    private double minimum;
    private double maximum;
    private bool addLookupFields;
    private RowMeta? infoMeta;
    private RowMeta? layoutFor;
    private RowMeta layout = RowMeta.Empty;
    private int mainIndex;

    public override IReadOnlyCollection<string> InfoStreamNames => [from];

    private bool Closest => mode == "closest";

    private bool IsDistance => algorithm is "levenshtein" or "dameraulevenshtein" or "needlemanwunsch";

    private bool IsSimilarity => algorithm is "jaro" or "jarowinkler" or "pairsimilarity";

    private bool IsPhonetic => algorithm is "metaphone" or "doublemataphone" or "soundex" or "refinedsoundex";

    public override void Init()
    {
        var settings = Meta.Element;
        from = settings.TagOrEmpty("from");
        lookupField = Resolve(settings.Tag("lookupfield"));
        mainField = Resolve(settings.Tag("mainstreamfield"));
        matchField = Resolve(settings.Tag("outputmatchfield"));
        valueField = Resolve(settings.Tag("outputvaluefield"));
        algorithm = settings.TagOrEmpty("algorithm").Trim().ToLowerInvariant();
        caseSensitive = settings.Flag("caseSensitive");
        separator = Resolve(settings.Tag("separator"));
        mode = ReadMode(settings);
        foreach (var value in settings.Element("lookup")?.Elements("value") ?? [])
        {
            lookupValues.Add((value.TagOrEmpty("name"), value.TagOrEmpty("rename")));
        }

        RejectInvalidSettings();
        maxMatches = Math.Clamp(ParseInt(Resolve(settings.Tag("maxMatches")), DefaultMaxMatches), 1, HardMaxMatches);
        var (defaultMinimum, defaultMaximum) = IsDistance ? (0.0, 5.0) : (0.0, 1.0);
        minimum = IsDistance
            ? ParseInt(Resolve(settings.Tag("minimalValue")), (int)defaultMinimum)
            : ParseDouble(Resolve(settings.Tag("minimalValue")), defaultMinimum);
        maximum = IsDistance
            ? ParseInt(Resolve(settings.Tag("maximalValue")), (int)defaultMaximum)
            : ParseDouble(Resolve(settings.Tag("maximalValue")), defaultMaximum);
        addLookupFields = lookupValues.Count > 0 && (Closest || mode == "all_rows" || IsPhonetic);
    }

    protected override RowMeta? DescribeOutput(RowMeta? inputMeta)
    {
        if (inputMeta is null)
        {
            return null;
        }

        Prepare(inputMeta);
        return layout;
    }

    protected override async Task RunAsync(CancellationToken cancellationToken)
    {
        var (meta, rows) = await ReadInfoStreamAsync(from, cancellationToken);
        LoadLookup(meta, rows);
        while (await GetRowAsync(cancellationToken) is { } row)
        {
            await MatchRowAsync(row, cancellationToken);
        }
    }

    private async Task MatchRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        var input = InputRowMeta!;
        if (!ReferenceEquals(layoutFor, input))
        {
            Prepare(input);
        }

        List<object?[]> additions;
        try
        {
            additions = row[mainIndex] is null ? [new object?[AddedCount]] : FindMatches(input, row);
        }
        catch (ArgumentException exception)
        {
            if (!HasErrorHandling)
            {
                throw Failure($"matching field '{mainField}' of row {LinesRead} failed: {exception.Message}", exception);
            }

            await PutErrorAsync(input, row, 1, exception.Message, mainField, "FuzzyMatch001", cancellationToken);
            return;
        }

        foreach (var addition in additions)
        {
            // Hop appends every lookup value, but a lookup field that replaced an input field has no place
            // of its own in the layout, so the row is cut to the layout as Hop's row metadata cuts it.
            var output = new object?[layout.Count];
            Array.Copy(row, output, Math.Min(input.Count, layout.Count));
            Array.Copy(addition, 0, output, input.Count, Math.Min(addition.Length, layout.Count - input.Count));
            await PutRowAsync(layout, output, cancellationToken);
        }
    }

    private void LoadLookup(RowMeta? meta, List<object?[]> rows)
    {
        // Without lookup rows Hop knows no lookup layout, so the extra lookup fields become Strings.
        if (rows.Count == 0)
        {
            return;
        }

        infoMeta = meta!;
        var keyIndex = infoMeta.IndexOf(lookupField);
        if (keyIndex < 0)
        {
            throw Failure($"lookup field '{lookupField}' is not found in the rows of transform '{from}' ({infoMeta}).");
        }

        var indexes = new List<int> { keyIndex };
        if (addLookupFields)
        {
            foreach (var (name, _) in lookupValues)
            {
                var index = infoMeta.IndexOf(name);
                if (index < 0)
                {
                    throw Failure($"lookup value field '{name}' is not found in the rows of transform '{from}' ({infoMeta}).");
                }

                indexes.Add(index);
            }
        }

        foreach (var row in rows)
        {
            var cached = indexes.Select(i => row[i]).ToArray();
            cached[0] = ValueConverter.ToText(infoMeta[keyIndex], row[keyIndex]) ?? string.Empty;
            lookupRows.Add(cached);
        }
    }

    private string ReadMode(System.Xml.Linq.XElement settings)
    {
        var code = settings.TagOrEmpty("matchMode").Trim().ToLowerInvariant();
        if (code.Length == 0)
        {
            return settings.Flag("closervalue", true) ? "closest" : "all_concat";
        }

        return code is "closest" or "all_rows" or "all_concat" ? code : "closest";
    }

    private void RejectInvalidSettings()
    {
        if (mainField.Length == 0)
        {
            throw Failure("no main stream field is set.");
        }

        if (lookupField.Length == 0)
        {
            throw Failure("no lookup field is set.");
        }

        if (matchField.Length == 0)
        {
            throw Failure("no output match field name is set.");
        }

        if (from.Length == 0)
        {
            throw Failure("no lookup transform is set.");
        }

        if (!IsDistance && !IsSimilarity && !IsPhonetic)
        {
            throw Failure($"the matching algorithm '{algorithm}' is not known, so use one of levenshtein, " +
                "dameraulevenshtein, needlemanwunsch, jaro, jarowinkler, pairsimilarity, metaphone, " +
                "doublemataphone, soundex or refinedsoundex.");
        }
    }

    private static int ParseInt(string text, int fallback) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static double ParseDouble(string text, double fallback) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
