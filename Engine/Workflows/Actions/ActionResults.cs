using Orleans.AsyncHop.Engine.Execution;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// Sets the outcome on the result an action received, because Hop's actions hand the previous result
/// on (its rows and files) with only the outcome changed.
/// </summary>
internal static class ActionResults
{
    public static HopResult Succeeded(this HopResult result, bool success = true)
    {
        result.Result = success;
        result.NrErrors = 0;
        return result;
    }

    public static HopResult Failed(this HopResult result, long errors = 1)
    {
        result.Result = false;
        result.NrErrors = errors;
        return result;
    }
}
