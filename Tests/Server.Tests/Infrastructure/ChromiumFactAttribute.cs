using Xunit;

namespace Orleans.AsyncHop.Server.Tests.Infrastructure;

/// <summary>
/// A test that drives the system Chromium. Without /usr/bin/chromium it is skipped on a developer's machine
/// and runs (and fails) in CI, where test.sh installs the browser.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(ExecutablePath) && !inCi)
        {
            Skip = $"{ExecutablePath} is not installed; install the Debian package chromium (test.sh does) to run the browser tests.";
        }
    }
}
