using System.Text;
using System.Text.Json.Nodes;
using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.WebFront.Formatting;

namespace Orleans.AsyncHop.WebFront.Documents;

/// <summary>Hop's Result in JSON (fixed key order) and in its basic XML form.</summary>
public static class ResultDocument
{
    public static JsonObject? Json(ResultRecord? result, string? logText = null)
    {
        if (result is null)
        {
            return null;
        }

        return new JsonObject
        {
            ["nrErrors"] = result.NrErrors,
            ["nrLinesInput"] = result.NrLinesInput,
            ["nrLinesOutput"] = result.NrLinesOutput,
            ["nrLinesUpdated"] = result.NrLinesUpdated,
            ["nrLinesRead"] = result.NrLinesRead,
            ["nrLinesWritten"] = result.NrLinesWritten,
            ["nrLinesDeleted"] = result.NrLinesDeleted,
            ["nrFilesRetrieved"] = result.NrFilesRetrieved,
            ["result"] = result.Result,
            ["entryNr"] = result.EntryNr,
            ["exitStatus"] = result.ExitStatus,
            ["rows"] = new JsonArray(),
            ["resultFiles"] = new JsonObject(),
            ["stopped"] = result.Stopped,
            ["nrLinesRejected"] = result.NrLinesRejected,
            ["bytesReadThisAction"] = 0L,
            ["bytesWrittenThisAction"] = 0L,
            ["logChannelId"] = result.LogChannelId,
            ["logText"] = logText,
            ["elapsedTimeMillis"] = result.ElapsedTimeMillis,
            ["executionId"] = null,
            ["containerId"] = result.ContainerId,
        };
    }

    public static string Xml(ResultRecord result)
    {
        var builder = new StringBuilder("<result>");
        builder.Append(HopXml.Tag("lines_input", result.NrLinesInput));
        builder.Append(HopXml.Tag("lines_output", result.NrLinesOutput));
        builder.Append(HopXml.Tag("lines_read", result.NrLinesRead));
        builder.Append(HopXml.Tag("lines_written", result.NrLinesWritten));
        builder.Append(HopXml.Tag("lines_updated", result.NrLinesUpdated));
        builder.Append(HopXml.Tag("lines_rejected", result.NrLinesRejected));
        builder.Append(HopXml.Tag("lines_deleted", result.NrLinesDeleted));
        builder.Append(HopXml.Tag("nr_errors", result.NrErrors));
        builder.Append(HopXml.Tag("nr_files_retrieved", result.NrFilesRetrieved));
        builder.Append(HopXml.Tag("entry_nr", result.EntryNr));
        builder.Append(HopXml.Tag("result", result.Result));
        builder.Append(HopXml.Tag("exit_status", result.ExitStatus));
        builder.Append(HopXml.Tag("is_stopped", result.Stopped));
        builder.Append(HopXml.Tag("log_channel_id", result.LogChannelId));
        builder.Append(HopXml.Tag("log_text", null));
        builder.Append(HopXml.Tag("elapsedTimeMillis", result.ElapsedTimeMillis));
        builder.Append(HopXml.Tag("executionId", null));
        builder.Append(HopXml.Tag("containerId", result.ContainerId));
        builder.Append("</result>");
        return builder.ToString();
    }
}
