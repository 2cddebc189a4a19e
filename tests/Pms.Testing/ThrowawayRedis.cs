using System.Diagnostics;
using StackExchange.Redis;

namespace Pms.Testing;

/// <summary>
/// A throwaway Redis server from the machine's <c>redis-server</c>, on a free loopback port, without persistence,
/// shared by every test of the process and stopped when the process ends. Tests keep apart by their keys' randomness.
/// </summary>
public sealed class ThrowawayRedis
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);
    private static readonly Lazy<ThrowawayRedis> SharedServer = new(Start);
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

    private static ThrowawayRedis Start()
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
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Kill();

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
}
