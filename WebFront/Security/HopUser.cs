namespace Orleans.AsyncHop.WebFront.Security;

/// <summary>A user name and password accepted by basic authentication.</summary>
public sealed class HopUser
{
    public string Username { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;
}
