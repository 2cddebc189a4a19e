using System.Net;
using System.Net.Sockets;

[assembly: AssemblyFixture(typeof(Pms.EndToEnd.Tests.PmsAppFixture))]

namespace Pms.EndToEnd.Tests;

/// <summary>
/// The whole of PMS started once by its AppHost in local mode, on a throwaway PostgreSQL data
/// directory and free infrastructure ports, shared by every end-to-end test.
/// </summary>
public sealed class PmsAppFixture : IAsyncLifetime
{
    public const string KafkaBroker = "kafka-broker";
    public const string MailSink = "mail-sink";
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(4);

    private readonly DirectoryInfo _workDirectory = Directory.CreateTempSubdirectory("pms-e2e-");
    private DistributedApplication? _app;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The application has not started.");

    public static IReadOnlyList<string> HealthCheckedResources { get; } =
    [
        ResourceNames.Postgres, ResourceNames.AuthDatabase, ResourceNames.PatientDatabase, ResourceNames.BillingDatabase,
        ResourceNames.NotificationDatabase, KafkaBroker, MailSink, ResourceNames.Auth, ResourceNames.Billing,
        ResourceNames.Patients, ResourceNames.Notifications, ResourceNames.Gateway, ResourceNames.Web,
    ];

    public TimeSpan StartupTime { get; private set; }

    public async ValueTask InitializeAsync()
    {
        // PostgreSQL runs as its own user when the tests run as root; it must reach its data directory.
        if (!OperatingSystem.IsWindows())
        {
            _workDirectory.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Pms_AppHost>(
            [
                "--Pms:Infrastructure=Local",
                $"--Pms:Local:DataDirectory={Path.Combine(_workDirectory.FullName, "postgres")}",
                $"--Pms:Local:PostgresPort={FreePort()}",
                $"--Pms:Local:KafkaPort={FreePort()}",
                $"--Pms:Local:SmtpPort={FreePort()}",
                $"--Pms:Local:MailSinkHttpPort={FreePort()}",
            ],
            (options, _) => options.DisableDashboard = true);

        using var timeout = new CancellationTokenSource(StartupTimeout);
        _app = await builder.BuildAsync(timeout.Token);
        await _app.StartAsync(timeout.Token);
        foreach (var resource in HealthCheckedResources)
        {
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
        }

        StartupTime = started.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _workDirectory.Delete(recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
