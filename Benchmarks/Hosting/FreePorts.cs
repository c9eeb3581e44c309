using System.Net;
using System.Net.Sockets;

namespace Orleans.AsyncHop.Benchmarks.Hosting;

/// <summary>Finds free TCP ports on loopback for the servers the benchmarks start.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
