using Xunit;

namespace Orleans.AsyncHop.Engine.Tests.Workflows;

public sealed class PasswordAndTimeoutActionTests
{
    [Fact]
    public async Task SetPasswordEncoder_Hop_DecodesHopObfuscatedPassword()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("set-password-encoder.hwf",
            ("ENCODER", "Hop"), ("SECRET", "Encrypted 2be98afc86aa7a181a80bab64f69dbf8b"), ("PLAIN", "SecretHop1"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
    }

    [Fact]
    public async Task SetPasswordEncoder_Aes2_DecodesWithKeyFromVariable()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("set-password-encoder.hwf",
            ("ENCODER", "AES2"), ("MY_KEY", "abcdef"),
            ("SECRET", "AES2 5SPGXV3SEPhoDRiYIxBv+wtnSC7WQYoYU6zyJx1Y75sEzHAM"), ("PLAIN", "abcdefgh"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
    }

    [Fact]
    public async Task SetPasswordEncoder_Aes2WithWrongKey_EvalFails()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("set-password-encoder.hwf",
            ("ENCODER", "AES2"), ("MY_KEY", "wrong"),
            ("SECRET", "AES2 5SPGXV3SEPhoDRiYIxBv+wtnSC7WQYoYU6zyJx1Y75sEzHAM"), ("PLAIN", "abcdefgh"));

        Assert.False(outcome.Success);
        Assert.Equal(1, outcome.Result.NrErrors);
    }

    [Fact]
    public async Task SetPasswordEncoder_UnknownEncoder_Fails()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("set-password-encoder.hwf", ("ENCODER", "ROT13"));

        Assert.False(outcome.Success);
        Assert.Contains("ROT13", outcome.Log.Read().Text);
    }

    [Fact]
    public async Task WaitTimeout_ChildTooSlow_IsStoppedAndFails()
    {
        var home = ActionHome.Create();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var outcome = await home.RunAsync("wait-timeout.hwf", ("TIMEOUT", "300"), ("DELAY_SECONDS", "30"));

        Assert.False(outcome.Success);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.Contains("wait timeout", outcome.Log.Read().Text);
    }

    [Fact]
    public async Task WaitTimeout_ChildInTime_Succeeds()
    {
        var home = ActionHome.Create();

        var outcome = await home.RunAsync("wait-timeout.hwf", ("TIMEOUT", "10000"), ("DELAY_SECONDS", "0"));

        Assert.True(outcome.Success, outcome.ErrorDescription);
    }
}
