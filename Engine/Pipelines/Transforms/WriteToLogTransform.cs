using System.Text;
using Orleans.AsyncHop.Engine.Logging;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Transforms;

/// <summary>Write to log: writes the chosen fields of each row (or of the first N rows) to the log and passes the row on.</summary>
[Transform("WriteToLog")]
public sealed class WriteToLogTransform : TransformBase
{
    private HopLogLevel level = HopLogLevel.Basic;
    private bool header;
    private long limit;
    private string message = string.Empty;
    private List<string> fields = [];
    private long count;

    public override void Init()
    {
        var configured = Meta.Element.TagOrEmpty("loglevel").Replace("log_level_", string.Empty, StringComparison.OrdinalIgnoreCase);
        level = HopLogLevels.Parse(configured);
        header = Meta.Element.Flag("displayHeader", true);
        limit = Meta.Element.Flag("limitRows") ? Meta.Element.Long("limitRowsNumber") : 0;
        message = Resolve(Meta.Element.Tag("logmessage"));
        fields = Meta.Element.Element("fields")?.Elements("field").Select(f => f.TagOrEmpty("name")).ToList() ?? [];
    }

    protected override ValueTask ProcessRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        count++;
        if (limit <= 0 || count <= limit)
        {
            var meta = InputRowMeta!;
            var text = new StringBuilder();
            if (header)
            {
                text.Append("\n------------> Linenr ").Append(count).Append("------------------------------\n");
            }

            if (message.Length > 0)
            {
                text.Append(message).Append('\n');
            }

            var indexes = fields.Count == 0 ? Enumerable.Range(0, meta.Count) : fields.Select(f => meta.RequireIndex(f, Name));
            foreach (var index in indexes)
            {
                text.Append(meta[index].Name).Append(" = ").Append(ValueConverter.ToText(meta[index], row[index]) ?? string.Empty).Append('\n');
            }

            if (header)
            {
                text.Append("\n====================");
            }

            Log.Write(level == HopLogLevel.Nothing ? HopLogLevel.Basic : level, LogSubject, text.ToString());
        }

        return PutRowAsync(InputRowMeta!, row, cancellationToken);
    }
}
