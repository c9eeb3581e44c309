using System.Text;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.Calculations;
using Orleans.AsyncHop.Engine.Pipelines.Transforms.Fuzzy;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>Scoring and ranking of Fuzzy match, and its output layout.</summary>
public sealed partial class FuzzyMatchTransform
{
    private int AddedCount => layout.Count - (layoutFor?.Count ?? 0);

    private List<object?[]> FindMatches(RowMeta input, object?[] row)
    {
        var value = ValueConverter.ToText(input[mainIndex], row[mainIndex]) ?? string.Empty;
        var lowerIsBetter = !IsSimilarity;
        var top = new TopMatches(Closest ? 1 : maxMatches, lowerIsBetter);
        if (IsPhonetic)
        {
            // Double Metaphone gives null for blank text, which Hop fails to compare (a NullPointerException).
            var code = Phonetic(value)
                ?? throw new ArgumentException($"the value [{value}] has no phonetic code to compare.");
            object?[]? lastMatch = null;
            foreach (var cached in lookupRows)
            {
                var cachedCode = Phonetic((string)cached[0]!);
                if (code == cachedCode)
                {
                    top.Offer(new ScoredMatch(cached, 0, cachedCode));
                    lastMatch = cached;
                }
            }

            // In closest mode Hop keeps the last lookup row with the same code, not the first.
            if (Closest)
            {
                return [lastMatch is null ? new object?[AddedCount] : MatchRow(lastMatch, code)];
            }
        }
        else
        {
            foreach (var cached in lookupRows)
            {
                var lookup = (string)cached[0]!;
                if (IsDistance)
                {
                    var distance = Distance(lookup, value);
                    if (minimum <= distance && distance <= maximum)
                    {
                        top.Offer(new ScoredMatch(cached, distance, (long)distance));
                    }
                }
                else
                {
                    var similarity = Similarity(lookup, value);
                    if (minimum <= similarity && similarity <= maximum)
                    {
                        top.Offer(new ScoredMatch(cached, similarity, similarity));
                    }
                }
            }
        }

        if (top.Count == 0)
        {
            return [new object?[AddedCount]];
        }

        var ranked = top.Ranked();
        return mode == "all_concat" ? [ConcatenatedRow(ranked)] : ranked.Select(m => MatchRow(m.Lookup, m.Measure)).ToList();
    }

    private int Distance(string lookup, string value)
    {
        if (!caseSensitive)
        {
            lookup = lookup.ToLowerInvariant();
            value = value.ToLowerInvariant();
        }

        return algorithm switch
        {
            "dameraulevenshtein" => (int)Calculations.Similarity.DamerauLevenshtein(lookup, value),
            "needlemanwunsch" => (int)Math.Abs(SimilarityScores.NeedlemanWunsch(lookup, value)),
            _ => (int)Calculations.Similarity.Levenshtein(lookup, value),
        };
    }

    private double Similarity(string lookup, string value) => algorithm switch
    {
        "jaro" => SimilarityScores.Jaro(lookup, value),
        "jarowinkler" => SimilarityScores.JaroWinkler(lookup, value),
        _ => SimilarityScores.LetterPairs(lookup, value),
    };

    private string? Phonetic(string value) => algorithm switch
    {
        "metaphone" => Metaphone.Encode(value),
        "soundex" => Calculations.Similarity.Soundex(value),
        "refinedsoundex" => Calculations.Similarity.RefinedSoundex(value),
        "doublemataphone" => DoubleMetaphone.Encode(value),
        _ => throw new ArgumentException($"the matching algorithm '{algorithm}' has no phonetic encoder."),
    };

    private object?[] MatchRow(object?[] cached, object? measure)
    {
        var result = new object?[1 + (valueField.Length > 0 ? 1 : 0) + (addLookupFields ? lookupValues.Count : 0)];
        var index = 0;
        result[index++] = cached[0];
        if (valueField.Length > 0)
        {
            result[index++] = measure;
        }

        if (addLookupFields)
        {
            Array.Copy(cached, 1, result, index, lookupValues.Count);
        }

        return result;
    }

    private object?[] ConcatenatedRow(List<ScoredMatch> ranked)
    {
        var matches = new StringBuilder();
        var measures = new StringBuilder();
        for (var i = 0; i < ranked.Count; i++)
        {
            if (i > 0)
            {
                matches.Append(separator);
                measures.Append(separator);
            }

            matches.Append(ranked[i].Lookup[0]);
            measures.Append(ranked[i].Measure is double d ? JavaValueText.DoubleToString(d) : ranked[i].Measure);
        }

        var result = new object?[AddedCount];
        result[0] = matches.ToString();
        if (valueField.Length > 0)
        {
            result[1] = measures.ToString();
        }

        return result;
    }

    private void Prepare(RowMeta input)
    {
        mainIndex = input.IndexOf(mainField);
        if (mainIndex < 0)
        {
            throw Failure($"main stream field '{mainField}' is not found in the input row ({input}).");
        }

        var fields = input.Fields.ToList();
        fields.Add(new ValueMeta(matchField, HopValueType.String));
        if (valueField.Length > 0)
        {
            var type = mode == "all_concat" || IsPhonetic ? HopValueType.String
                : IsDistance ? HopValueType.Integer : HopValueType.Number;
            fields.Add(new ValueMeta(valueField, type) { Length = type == HopValueType.Integer ? 9 : -1 });
        }

        // Hop reads these lookup fields whenever the mode allows them, even when they are not written.
        if (Closest || mode == "all_rows" || IsPhonetic)
        {
            foreach (var (name, rename) in lookupValues)
            {
                var meta = infoMeta is null ? new ValueMeta(name, HopValueType.String) : LookupMeta(name);
                var at = fields.FindIndex(f => f.Name == name);
                meta = rename.Length > 0 ? meta.Rename(rename) : meta;
                if (at < 0)
                {
                    fields.Add(meta);
                }
                else
                {
                    fields[at] = meta;
                }
            }
        }

        layout = new RowMeta(fields);
        layoutFor = input;
    }

    private ValueMeta LookupMeta(string name)
    {
        var index = infoMeta!.IndexOf(name);
        return index >= 0
            ? infoMeta[index]
            : throw Failure($"lookup value field '{name}' is not found in the rows of transform '{from}' ({infoMeta}).");
    }
}
