using System.Net;
using System.Net.Sockets;

namespace Orleans.AsyncHop.Server.Tests.Infrastructure;

/// <summary>Finds free TCP ports on loopback for servers started by the tests.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
