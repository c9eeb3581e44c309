namespace Orleans.AsyncHop.WebFront.Security;

/// <summary>Who may call the hop/* API. Without configured users, Hop's default user cluster/cluster applies on loopback only.</summary>
public sealed class HopServerOptions
{
    public const string SectionName = "HopServer";
    public const string DefaultUsername = "cluster";
    public const string DefaultPassword = "cluster";
    public const string Realm = "Hop";

    /// <summary>Users allowed to call the API; configure as HopServer:Users:0:Username and HopServer:Users:0:Password.</summary>
    public List<HopUser> Users { get; set; } = [];

    /// <summary>When false, no credentials are asked for (Hop's enable_auth=false). Intended for tests only.</summary>
    public bool EnableAuthentication { get; set; } = true;

    public IReadOnlyList<HopUser> EffectiveUsers =>
        Users.Count > 0 ? Users : [new HopUser { Username = DefaultUsername, Password = DefaultPassword }];

    public bool UsesDefaultCredentials =>
        EffectiveUsers.Any(u => u.Username == DefaultUsername && u.Password == DefaultPassword);
}
