using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Pms.AppHost.Infrastructure.Local;
using Xunit;

namespace Pms.Testing;

/// <summary>
/// A throwaway PostgreSQL server from the machine's server binaries, in its own data directory on a
/// free port, for the whole test assembly, that hands out fresh databases migrated for
/// <typeparamref name="TContext"/>. initdb and postgres refuse to run as root, so as root they run as
/// the <c>postgres</c> user.
/// </summary>
public abstract class ThrowawayPostgres<TContext> : IAsyncLifetime where TContext : DbContext
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"pms-{typeof(TContext).Name.ToLowerInvariant()}-tests-{Guid.NewGuid():N}");
    private readonly int _port = FreePort.Next();
    private Process? _server;

    /// <summary>A new, empty database with the service's migrations applied.</summary>
    public async Task<string> CreateMigratedDatabaseAsync()
    {
        var connectionString = await CreateEmptyDatabaseAsync();
        await using var db = (TContext)Activator.CreateInstance(typeof(TContext), new DbContextOptionsBuilder<TContext>().UseNpgsql(connectionString).Options)!;
        await db.Database.MigrateAsync();
        return connectionString;
    }

    /// <summary>A new database without any table, as a service finds it on its first start.</summary>
    public async Task<string> CreateEmptyDatabaseAsync()
    {
        var name = $"{typeof(TContext).Name.ToLowerInvariant()}_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={_port};Username=postgres;Database={database};Maximum Pool Size=50";

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", ["postgres:postgres", _dataDirectory]);
        }

        await RunAsync(AsServer(Binary("initdb"), ["-D", _dataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]));
        var (file, arguments) = AsServer(Binary("postgres"),
        [
            "-D", _dataDirectory, "-p", _port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-k", _dataDirectory,
            "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
            "-c", "max_connections=200",
        ]);
        _server = Process.Start(StartInfo(file, arguments)) ?? throw new InvalidOperationException("postgres did not start.");

        // Its log goes to the pipes: keep reading them so a full pipe never stalls the server.
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        await WaitUntilReadyAsync();
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        NpgsqlConnection.ClearAllPools();

        // Disposed twice when a service's host failed to start: once by the host's fixture, once by its owner.
        var server = Interlocked.Exchange(ref _server, null);
        if (server is { HasExited: false })
        {
            // A fast shutdown lets the server remove its shared memory; a kill would leave it behind.
            try
            {
                await RunAsync(AsServer(Binary("pg_ctl"), ["stop", "-D", _dataDirectory, "-m", "fast", "-w", "-t", "30"]));
            }
            catch (InvalidOperationException)
            {
                server.Kill(entireProcessTree: true);
            }

            await server.WaitForExitAsync();
        }

        server?.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // The server's last children may still be closing files; the directory is in the temporary folder anyway.
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var timeout = new CancellationTokenSource(StartupTimeout);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
                await connection.OpenAsync(timeout.Token);
                return;
            }
            catch (NpgsqlException) when (!timeout.IsCancellationRequested && _server is { HasExited: false })
            {
                await Task.Delay(100, timeout.Token);
            }
        }
    }

    private static (string File, string[] Arguments) AsServer(string file, string[] arguments) =>
        Environment.UserName == "root"
            ? ("setpriv", ["--reuid=postgres", "--regid=postgres", "--init-groups", "--", file, .. arguments])
            : (file, arguments);

    private static string Binary(string name) => Path.Combine(PostgresBinaries.FindBinDirectory(), name);

    private static async Task RunAsync(string file, string[] arguments)
    {
        using var process = Process.Start(StartInfo(file, arguments)) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed ({process.ExitCode}): {await output}{await error}");
        }
    }

    private static Task RunAsync((string File, string[] Arguments) command) => RunAsync(command.File, command.Arguments);

    private static ProcessStartInfo StartInfo(string file, string[] arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

}
