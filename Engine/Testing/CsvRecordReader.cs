using System.Text;

namespace Orleans.AsyncHop.Engine.Testing;

/// <summary>
/// Reads RFC 4180 CSV as data set files are written: comma separated, double quotes around values that
/// need them, doubled quotes inside, line breaks allowed inside quotes. Empty lines are skipped.
/// </summary>
internal static class CsvRecordReader
{
    public static List<string[]> ReadAll(TextReader reader)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var value = new StringBuilder();
        var quoted = false;
        var fieldStarted = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch != '"')
                {
                    value.Append(ch);
                }
                else if (reader.Peek() == '"')
                {
                    value.Append('"');
                    reader.Read();
                }
                else
                {
                    quoted = false;
                }

                continue;
            }

            switch (ch)
            {
                case '"' when value.Length == 0:
                    quoted = true;
                    fieldStarted = true;
                    break;
                case ',':
                    fields.Add(value.ToString());
                    value.Clear();
                    fieldStarted = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord(records, fields, value, fieldStarted);
                    fieldStarted = false;
                    break;
                default:
                    value.Append(ch);
                    fieldStarted = true;
                    break;
            }
        }

        EndRecord(records, fields, value, fieldStarted);
        return records;
    }

    private static void EndRecord(List<string[]> records, List<string> fields, StringBuilder value, bool fieldStarted)
    {
        if (fieldStarted || fields.Count > 0 || value.Length > 0)
        {
            fields.Add(value.ToString());
            records.Add([.. fields]);
        }

        fields.Clear();
        value.Clear();
    }
}
