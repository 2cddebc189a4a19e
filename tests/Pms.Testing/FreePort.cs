using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Pms.Testing;

/// <summary>
/// A loopback port nothing listens on at the moment of asking, for a server a test or the bench starts. It is taken
/// below Linux's ephemeral range (32768–60999), where the kernel never picks the local port of an outgoing connection:
/// a port from that range could be given to some client's connection before the server that was meant to have it starts.
/// </summary>
public static class FreePort
{
    private const int Lowest = 20_000;
    private const int AboveHighest = 32_000;

    /// <summary>Ports already handed out by this process: a random pick must not give two servers the same one.</summary>
    private static readonly ConcurrentDictionary<int, bool> HandedOut = new();

    public static int Next()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(Lowest, AboveHighest);
            if (!HandedOut.TryAdd(port, true))
            {
                continue;
            }

            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try another.
            }
        }

        throw new InvalidOperationException($"No free loopback port between {Lowest} and {AboveHighest} after 200 tries.");
    }
}
