using System.Globalization;
using System.Text;

namespace Orleans.AsyncHop.Engine.Pipelines.Files.Metadata;

/// <summary>
/// Guesses the columns of a delimited file after its delimiter is known, as Hop's File metadata transform
/// does. Types come from the data lines. The first line is a header when its value changes a column's type
/// or when every column is text, and then it names the columns (trimmed). Otherwise they are field_1, field_2, ….
/// </summary>
public static class ColumnGuesser
{
    public sealed record Column(string Name, TypeCandidate Type);

    public sealed record Result(bool HasHeader, List<Column> Columns);

    public static Result Guess(string path, Encoding encoding, DelimiterDetection detection)
    {
        using var reader = new StreamReader(path, encoding);
        for (var skip = detection.BadHeaders; skip > 0; skip--)
        {
            reader.ReadLine();
        }

        var records = new QuotedRecordReader(reader, detection.Delimiter, detection.Enclosure ?? '\0');
        var firstLine = records.ReadRecord() ?? [];
        var evaluators = firstLine.Select(_ => new StringEvaluator()).ToArray();
        for (var remaining = detection.DataLines - 1; remaining > 0; remaining--)
        {
            if (records.ReadRecord() is not { } values)
            {
                break;
            }

            for (var i = 0; i < values.Count && i < evaluators.Length; i++)
            {
                evaluators[i].Evaluate(values[i]);
            }
        }

        var dataTypes = new TypeCandidate[evaluators.Length];
        var firstLineTypes = new TypeCandidate[evaluators.Length];
        for (var i = 0; i < evaluators.Length; i++)
        {
            dataTypes[i] = evaluators[i].Advise();
            evaluators[i].Evaluate(firstLine[i]);
            firstLineTypes[i] = evaluators[i].Advise();
        }

        var hasHeader = dataTypes.All(t => t.Type == Values.HopValueType.String);
        for (var i = 0; i < evaluators.Length && !hasHeader; i++)
        {
            hasHeader = dataTypes[i].Type != firstLineTypes[i].Type;
        }

        var columns = hasHeader
            ? dataTypes.Select((type, i) => new Column(firstLine[i].Trim(), type)).ToList()
            : firstLineTypes.Select((type, i) => new Column("field_" + (i + 1).ToString(CultureInfo.InvariantCulture), type)).ToList();
        return new Result(hasHeader, columns);
    }
}
