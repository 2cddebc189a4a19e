using System.Diagnostics;
using StackExchange.Redis;

namespace Pms.Testing;

/// <summary>
/// A throwaway Redis server from the machine's <c>redis-server</c>, on a free loopback port, without persistence.
/// <see cref="Shared"/> serves every test of the process that keeps apart by its keys' randomness and stops when the
/// process ends; <see cref="StartNew"/> gives a test its own, for counts no other test may touch.
/// </summary>
public sealed class ThrowawayRedis : IDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);
    private static readonly Lazy<ThrowawayRedis> SharedServer = new(StartNew);
    private readonly Process _server;

    private ThrowawayRedis(Process server, string connectionString, IConnectionMultiplexer connection)
    {
        _server = server;
        ConnectionString = connectionString;
        Connection = connection;
    }

    public static ThrowawayRedis Shared => SharedServer.Value;

    public string ConnectionString { get; }

    /// <summary>One connection for the whole process, as an application holds it.</summary>
    public IConnectionMultiplexer Connection { get; }

    /// <summary>A further connection, as another replica of an application would hold it.</summary>
    public IConnectionMultiplexer Connect() => ConnectionMultiplexer.Connect(ConnectionString);

    public static ThrowawayRedis StartNew()
    {
        var port = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var info = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["--port", port, "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            info.ArgumentList.Add(argument);
        }

        var server = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start.");
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(server);

        var connectionString = $"127.0.0.1:{port}";
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new ThrowawayRedis(server, connectionString, ConnectionMultiplexer.Connect(connectionString));
            }
            catch (RedisConnectionException) when (deadline.Elapsed < StartupTimeout && !server.HasExited)
            {
                Thread.Sleep(50);
            }
        }
    }

    public void Dispose()
    {
        Connection.Dispose();
        Stop(_server);
        _server.Dispose();
    }

    private static void Stop(Process server)
    {
        try
        {
            server.Kill();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
    }
}
