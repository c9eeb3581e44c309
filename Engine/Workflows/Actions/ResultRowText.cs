using Orleans.AsyncHop.Engine.Execution;
using Orleans.AsyncHop.Engine.Values;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>Reads result-row fields as text for actions that take their arguments from the previous result.</summary>
internal static class ResultRowText
{
    /// <summary>Returns the text of the field at <paramref name="index"/>, or "" when the row is shorter.</summary>
    public static string At(ResultRow row, int index)
    {
        if (index >= row.Values.Length)
        {
            return string.Empty;
        }

        return ValueConverter.ToText(row.Meta[index], row.Values[index]) ?? string.Empty;
    }
}
