using System.Net;
using System.Net.Sockets;

namespace Pms.Testing;

/// <summary>A loopback port nothing listens on at the moment of asking, for a server a test or the bench starts.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
