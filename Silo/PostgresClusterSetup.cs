using System.Net;
using Orleans.AsyncHop.Grains;
using Orleans.AsyncHop.WebFront;
using Orleans.Configuration;
using Orleans.Hosting.Kubernetes;
using Orleans.Storage;

namespace Orleans.AsyncHop.Silo;

/// <summary>
/// The scaled-out setup used when the <c>AsyncHop</c> connection string is set: membership, run storage and
/// reminders in PostgreSQL through Orleans' ADO.NET providers, endpoints other silos can reach, and
/// Kubernetes hosting when the process runs in a pod.
/// </summary>
public static class PostgresClusterSetup
{
    public const string AdvertisedIPAddressKey = "Orleans:AdvertisedIPAddress";
    public const string MembershipSection = "Orleans:Membership";
    public const string RemindersSection = "Orleans:ReminderOptions";

    /// <summary>The variable Kubernetes sets in every pod. When it is set, Kubernetes hosting is turned on.</summary>
    public const string KubernetesServiceHostVariable = "KUBERNETES_SERVICE_HOST";

    public static bool RunsInKubernetes =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(KubernetesServiceHostVariable));

    public static void Configure(ISiloBuilder silo, IConfiguration configuration, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(configuration);
        var siloPort = configuration.GetValue(SiloSetup.SiloPortKey, SiloSetup.DefaultSiloPort);
        var gatewayPort = configuration.GetValue(ClusterClientSetup.GatewayPortKey, ClusterClientSetup.DefaultGatewayPort);
        var advertised = configuration[AdvertisedIPAddressKey];
        if (!string.IsNullOrWhiteSpace(advertised))
        {
            if (!IPAddress.TryParse(advertised, out var address))
            {
                throw new InvalidOperationException($"{AdvertisedIPAddressKey} '{advertised}' is not an IP address.");
            }

            silo.ConfigureEndpoints(address, siloPort, gatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(address));
        }
        else if (RunsInKubernetes)
        {
            // Kubernetes hosting advertises the pod's IP address and listens on all addresses.
            silo.Configure<EndpointOptions>(options =>
            {
                options.SiloPort = siloPort;
                options.GatewayPort = gatewayPort;
            });
        }
        else
        {
            silo.ConfigureEndpoints(siloPort, gatewayPort, listenOnAnyHostAddress: true);
        }

        if (RunsInKubernetes)
        {
            silo.UseKubernetesHosting();
        }

        UsePostgres(silo, connectionString);
        silo.Services.Configure<ClusterMembershipOptions>(configuration.GetSection(MembershipSection));
        silo.Services.Configure<ReminderOptions>(configuration.GetSection(RemindersSection));
    }

    /// <summary>Puts membership, the run storage and reminders in PostgreSQL, whose tables <c>init-db</c> creates.</summary>
    public static void UsePostgres(ISiloBuilder silo, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        silo.UseAdoNetClustering(options =>
        {
            options.Invariant = ClusterClientSetup.AdoNetInvariant;
            options.ConnectionString = connectionString;
        });
        silo.AddAdoNetGrainStorage(GrainStorageNames.Runs, builder => builder.Configure<Serialization.Serializer>((options, serializer) =>
        {
            options.Invariant = ClusterClientSetup.AdoNetInvariant;
            options.ConnectionString = connectionString;

            // Removing a run deletes its row instead of keeping an empty one.
            options.DeleteStateOnClear = true;

            // Orleans' own serializer stores the [GenerateSerializer] records exactly, so a stored status
            // reads back unchanged after a restart.
            options.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
        }));
        silo.UseAdoNetReminderService(options =>
        {
            options.Invariant = ClusterClientSetup.AdoNetInvariant;
            options.ConnectionString = connectionString;
        });
    }
}
