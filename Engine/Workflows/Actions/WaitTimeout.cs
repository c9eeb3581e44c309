using System.Globalization;

namespace Orleans.AsyncHop.Engine.Workflows.Actions;

/// <summary>
/// The "wait timeout" of Pipeline and Workflow actions: milliseconds (a number or a variable expression);
/// empty, zero or unparsable means no limit. When it elapses the child is stopped and the action fails.
/// </summary>
internal sealed class WaitTimeout : IDisposable
{
    private readonly CancellationTokenSource? timer;
    private readonly CancellationTokenRegistration registration;

    public WaitTimeout(string resolvedSetting, Action stop, TimeProvider timeProvider)
    {
        var parsed = long.TryParse(
            resolvedSetting.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value);
        Milliseconds = parsed && value > 0 ? value : 0;
        if (Milliseconds > 0)
        {
            timer = new CancellationTokenSource(TimeSpan.FromMilliseconds(Milliseconds), timeProvider);
            registration = timer.Token.Register(stop);
        }
    }

    public long Milliseconds { get; }

    public bool Elapsed => timer?.IsCancellationRequested == true;

    public void Dispose()
    {
        registration.Dispose();
        timer?.Dispose();
    }
}
