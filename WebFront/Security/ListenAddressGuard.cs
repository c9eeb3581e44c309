using System.Net;

namespace Orleans.AsyncHop.WebFront.Security;

/// <summary>
/// Refuses to start a server that listens beyond loopback while it still accepts Hop's well-known
/// default password, because anyone on the network could then start workflows.
/// </summary>
public static class ListenAddressGuard
{
    public static void EnsureSafe(IEnumerable<string> urls, HopServerOptions options)
    {
        if (!options.EnableAuthentication)
        {
            return;
        }

        var exposed = urls.Where(url => !IsLoopback(url)).ToList();
        if (exposed.Count > 0 && options.UsesDefaultCredentials)
        {
            throw new InvalidOperationException(
                $"The server would listen on {string.Join(", ", exposed)} with the default user cluster/cluster. " +
                "Set your own credentials (HopServer__Users__0__Username and HopServer__Users__0__Password, or the " +
                "HopServer:Users section of appsettings.json), or listen on 127.0.0.1 only.");
        }
    }

    public static bool IsLoopback(string url)
    {
        var host = url;
        var scheme = host.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            host = host[(scheme + 3)..];
        }

        var slash = host.IndexOf('/');
        if (slash >= 0)
        {
            host = host[..slash];
        }

        if (host.StartsWith('['))
        {
            host = host[1..host.IndexOf(']')];
        }
        else if (host.LastIndexOf(':') is var colon and > 0)
        {
            host = host[..colon];
        }

        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }
}
