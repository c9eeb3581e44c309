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
    private static readonly (string Tag, HopValueType Type)[] Layout =
    [
        ("execution_time_field", HopValueType.Integer),
        ("execution_result_field", HopValueType.Boolean),
        ("execution_errors_field", HopValueType.Integer),
        ("execution_lines_read_field", HopValueType.Integer),
        ("execution_lines_written_field", HopValueType.Integer),
        ("execution_lines_input_field", HopValueType.Integer),
        ("execution_lines_output_field", HopValueType.Integer),
        ("execution_lines_rejected_field", HopValueType.Integer),
        ("execution_lines_updated_field", HopValueType.Integer),
        ("execution_lines_deleted_field", HopValueType.Integer),
        ("execution_files_retrieved_field", HopValueType.Integer),
        ("execution_exit_status_field", HopValueType.Integer),
        ("execution_log_text_field", HopValueType.String),
        ("execution_log_channelid_field", HopValueType.String),
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
                fields.Add(new ValueMeta(name, Layout[i].Type));
            }
        }

        Meta = new RowMeta(fields);
    }

    public object?[] Row(ChildRun run, long elapsedMillis)
    {
        var result = run.Result;
        var row = new object?[used.Count];
        for (var i = 0; i < used.Count; i++)
        {
            row[i] = used[i] switch
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
