using Orleans.Configuration;

namespace Orleans.AsyncHop.WebFront;

/// <summary>
/// How a separate front end finds the cluster: through the PostgreSQL membership table when the
/// <c>AsyncHop</c> connection string is set, else the local silo's gateway.
/// </summary>
public static class ClusterClientSetup
{
    public const string ClusterIdKey = "Orleans:ClusterId";
    public const string ServiceIdKey = "Orleans:ServiceId";
    public const string GatewayPortKey = "Orleans:GatewayPort";
    public const string DefaultClusterId = "asynchop";
    public const string DefaultServiceId = "asynchop";
    public const int DefaultGatewayPort = 30000;

    /// <summary>Name of the connection string (<c>ConnectionStrings:AsyncHop</c>) that turns on PostgreSQL.</summary>
    public const string ConnectionStringName = "AsyncHop";

    /// <summary>The ADO.NET invariant Orleans uses to load the PostgreSQL driver.</summary>
    public const string AdoNetInvariant = "Npgsql";

    /// <summary>The configured PostgreSQL connection string, or null when the cluster runs on its single-node defaults.</summary>
    public static string? GetConnectionString(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration.GetConnectionString(ConnectionStringName);
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    public static void Configure(IClientBuilder client, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(configuration);
        client.Configure<ClusterOptions>(options =>
        {
            options.ClusterId = configuration[ClusterIdKey] ?? DefaultClusterId;
            options.ServiceId = configuration[ServiceIdKey] ?? DefaultServiceId;
        });
        if (GetConnectionString(configuration) is { } connectionString)
        {
            client.UseAdoNetClustering(options =>
            {
                options.Invariant = AdoNetInvariant;
                options.ConnectionString = connectionString;
            });
            return;
        }

        var gatewayPort = configuration.GetValue(GatewayPortKey, DefaultGatewayPort);
        client.UseLocalhostClustering(gatewayPort);
        client.AddActivityPropagation();
    }
}
