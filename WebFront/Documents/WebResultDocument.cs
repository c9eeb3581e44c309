using System.Text;
using System.Text.Json.Nodes;
using Orleans.AsyncHop.WebFront.Formatting;

namespace Orleans.AsyncHop.WebFront.Documents;

/// <summary>Hop's WebResult envelope (result, message, id) in XML and JSON; the JSON also carries the XML form.</summary>
public static class WebResultDocument
{
    public const string Ok = "OK";
    public const string Error = "ERROR";

    public static string Xml(string result, string? message, string? id, bool declaration)
    {
        var builder = new StringBuilder();
        if (declaration)
        {
            builder.Append(HopXml.Declaration).Append('\n');
        }

        builder.Append(Body(result, message, id));
        return builder.ToString();
    }

    public static string Json(string result, string? message, string? id) => JacksonJson.Pretty(new JsonObject
    {
        ["result"] = result,
        ["message"] = message,
        ["id"] = id,
        ["xml"] = Body(result, message, id),
    });

    private static string Body(string result, string? message, string? id) =>
        "<webresult>\n  " + HopXml.Tag("result", result) + "  " + HopXml.Tag("message", message) + "  " + HopXml.Tag("id", id) + "</webresult>\n";
}
