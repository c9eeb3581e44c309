using Orleans.Configuration;

namespace Orleans.AsyncHop.WebFront;

/// <summary>How a separate front end finds the cluster: the local silo's gateway unless configured otherwise.</summary>
public static class ClusterClientSetup
{
    public const string ClusterIdKey = "Orleans:ClusterId";
    public const string ServiceIdKey = "Orleans:ServiceId";
    public const string GatewayPortKey = "Orleans:GatewayPort";
    public const string DefaultClusterId = "asynchop";
    public const string DefaultServiceId = "asynchop";
    public const int DefaultGatewayPort = 30000;

    public static void Configure(IClientBuilder client, IConfiguration configuration)
    {
        client.Configure<ClusterOptions>(options =>
        {
            options.ClusterId = configuration[ClusterIdKey] ?? DefaultClusterId;
            options.ServiceId = configuration[ServiceIdKey] ?? DefaultServiceId;
        });
        var gatewayPort = configuration.GetValue(GatewayPortKey, DefaultGatewayPort);
        client.UseLocalhostClustering(gatewayPort);
        client.AddActivityPropagation();
    }
}
