namespace Orleans.AsyncHop.Engine;

/// <summary>
/// Raised when a Hop file, setting or run cannot be handled. The message names the file, action or
/// transform and the cause, so it can be shown to a user as it is.
/// </summary>
public class HopException : Exception
{
    public HopException(string message)
        : base(message)
    {
    }

    public HopException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
