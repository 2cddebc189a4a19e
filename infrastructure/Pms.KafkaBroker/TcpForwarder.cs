using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Pms.KafkaBroker;

/// <summary>Accepts TCP connections on one endpoint and relays each, both ways, to a connection to another.</summary>
public sealed class TcpForwarder(IPEndPoint listenOn, EndPoint upstream) : IAsyncDisposable
{
    private readonly TcpListener _listener = new(listenOn);
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Task, byte> _relays = new();
    private Task _acceptLoop = Task.CompletedTask;

    public void Start()
    {
        _listener.Start();
        _acceptLoop = AcceptLoopAsync(_stopping.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        await _acceptLoop;
        await Task.WhenAll(_relays.Keys);
        _stopping.Dispose();
    }

    private async Task AcceptLoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (SocketException) when (!cancellationToken.IsCancellationRequested)
            {
                // A client that gave up before being accepted; keep serving the others.
                continue;
            }

            var relay = RelayAsync(client, cancellationToken);
            _relays.TryAdd(relay, 0);
            _ = relay.ContinueWith(
                finished => _relays.TryRemove(finished, out _),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    private async Task RelayAsync(Socket client, CancellationToken cancellationToken)
    {
        // Kafka requests are small and latency-bound; Nagle plus delayed ACKs would stall them.
        client.NoDelay = true;
        using var clientSocket = client;
        using var server = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            await server.ConnectAsync(upstream, connection.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return;
        }

        await Task.WhenAll(PumpAsync(client, server, connection), PumpAsync(server, client, connection));
    }

    private static async Task PumpAsync(Socket source, Socket target, CancellationTokenSource connection)
    {
        try
        {
            await using var input = new NetworkStream(source, ownsSocket: false);
            await using var output = new NetworkStream(target, ownsSocket: false);
            await input.CopyToAsync(output, connection.Token);

            // Pass the end of stream on, so the other side finishes and closes in turn.
            target.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A reset or a stop ends the whole connection, including the other direction.
            await connection.CancelAsync();
        }
    }
}
