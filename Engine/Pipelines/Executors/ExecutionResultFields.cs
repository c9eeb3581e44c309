using System.Xml.Linq;
using Orleans.AsyncHop.Engine.Values;
using Orleans.AsyncHop.Engine.Xml;

namespace Orleans.AsyncHop.Engine.Pipelines.Executors;

/// <summary>
/// The execution result row of an executor transform: one field per configured name, in Hop's fixed order
/// (time, result, errors, line counters, files retrieved, exit status, log text, log channel id).
/// </summary>
internal sealed class ExecutionResultFields
{
    private static readonly (string Tag, HopValueType Type, int Length)[] Layout =
    [
        ("execution_time_field", HopValueType.Integer, 15),
        ("execution_result_field", HopValueType.Boolean, -1),
        ("execution_errors_field", HopValueType.Integer, 9),
        ("execution_lines_read_field", HopValueType.Integer, 9),
        ("execution_lines_written_field", HopValueType.Integer, 9),
        ("execution_lines_input_field", HopValueType.Integer, 9),
        ("execution_lines_output_field", HopValueType.Integer, 9),
        ("execution_lines_rejected_field", HopValueType.Integer, 9),
        ("execution_lines_updated_field", HopValueType.Integer, 9),
        ("execution_lines_deleted_field", HopValueType.Integer, 9),
        ("execution_files_retrieved_field", HopValueType.Integer, 9),
        ("execution_exit_status_field", HopValueType.Integer, 3),
        ("execution_log_text_field", HopValueType.String, -1),
        ("execution_log_channelid_field", HopValueType.String, 50),
    ];

    private readonly List<int> used = [];

    public string? Target { get; private set; }

    public RowMeta Meta { get; private set; } = RowMeta.Empty;

    public void Read(XElement element)
    {
        var target = element.Tag("execution_result_target_transform");
        Target = string.IsNullOrEmpty(target) ? null : target;
        var fields = new List<ValueMeta>();
        for (var i = 0; i < Layout.Length; i++)
        {
            var name = element.Tag(Layout[i].Tag);
            if (!string.IsNullOrEmpty(name))
            {
                used.Add(i);
                var length = Layout[i].Length;
                fields.Add(new ValueMeta(name, Layout[i].Type)
                {
                    Length = length,
                    Precision = length > 0 && Layout[i].Type == HopValueType.Integer ? 0 : -1,
                });
            }
        }

        Meta = new RowMeta(fields);
    }

    /// <summary>Returns the given leading fields followed by the execution result fields.</summary>
    public RowMeta MetaAfter(RowMeta leading) => leading.Count == 0 ? Meta : new RowMeta([.. leading.Fields, .. Meta.Fields]);

    /// <summary>Builds the execution result row, starting with the given leading values.</summary>
    public object?[] Row(ChildRun run, long elapsedMillis, IReadOnlyList<object?>? leading = null)
    {
        var result = run.Result;
        var offset = leading?.Count ?? 0;
        var row = new object?[offset + used.Count];
        for (var i = 0; i < offset; i++)
        {
            row[i] = leading![i];
        }

        for (var i = 0; i < used.Count; i++)
        {
            row[offset + i] = used[i] switch
            {
                0 => elapsedMillis,
                1 => result.Result,
                2 => result.NrErrors,
                3 => result.NrLinesRead,
                4 => result.NrLinesWritten,
                5 => result.NrLinesInput,
                6 => result.NrLinesOutput,
                7 => result.NrLinesRejected,
                8 => result.NrLinesUpdated,
                9 => result.NrLinesDeleted,
                10 => result.NrFilesRetrieved,
                11 => (long)result.ExitStatus,
                12 => result.LogText ?? string.Empty,
                _ => run.LogChannelId,
            };
        }

        return row;
    }
}
