using Pms.GatewaySignIn;
using System.Security.Cryptography;
using Pms.EndToEnd.Tests.SuiteHealth;

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
    public const string AdminEmail = "admin@pms.local";
    public const string AdminPassword = "the first administrator's passphrase";
    public const string PatientsClientSecret = "patients-client-secret-for-end-to-end-tests";
    public const string NotificationsClientSecret = "notifications-client-secret-for-end-to-end-tests";
    public const string PaymentsSecretKey = "sk_test_end_to_end";
    public const string PaymentsWebhookSecret = "whsec_end_to_end";

    /// <summary>Sessions end this long after sign-in: short, so a test sees refreshes stop; access tokens still live 15 minutes.</summary>
    public static readonly TimeSpan AbsoluteSessionLifetime = TimeSpan.FromSeconds(20);

    /// <summary>A refresh token unused this long ends its session: short, so a test sees it; tests that refresh do so at once.</summary>
    public static readonly TimeSpan IdleSessionLifetime = TimeSpan.FromSeconds(8);

    /// <summary>Each auth replica rereads the signing-key ring this often: short, so a rotation reaches the other replica within a test.</summary>
    public static readonly TimeSpan SigningKeyRefreshInterval = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Reconciliation looks at a checkout this long after it opened: short, so a lost webhook is recovered within a test,
    /// and long enough that a bill paid sooner was paid by its webhook, not repaired by reconciliation.
    /// </summary>
    public static readonly TimeSpan ReconcileAfter = TimeSpan.FromSeconds(8);
    /// <summary>Counted once no other run of PMS (the fault suite) holds the machine: see <see cref="StartupDeadline"/>.</summary>
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(8);
    private static readonly TimeSpan AdminTokenRenewal = TimeSpan.FromMinutes(5);

    private readonly DirectoryInfo _workDirectory = LocalRun.CreateWorkDirectory("pms-e2e-");
    private DistributedApplication? _app;
    private ServiceLogWatch? _logs;
    private readonly SemaphoreSlim _adminSignIn = new(1, 1);
    private (string AccessToken, DateTimeOffset SignedInAt)? _adminToken;

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The application has not started.");

    public static IReadOnlyList<string> HealthCheckedResources { get; } =
    [
        ResourceNames.Postgres, ResourceNames.AuthDatabase, ResourceNames.PatientDatabase, ResourceNames.BillingDatabase,
        ResourceNames.NotificationDatabase, ResourceNames.AuditDatabase, KafkaBroker, MailSink, ResourceNames.Payments, ResourceNames.Auth,
        ResourceNames.Billing, ResourceNames.Patients, ResourceNames.Notifications, ResourceNames.Audit, ResourceNames.Gateway, ResourceNames.Web,
    ];

    /// <summary>The PMS processes whose error log entries fail the run unless a test declared them.</summary>
    public static IReadOnlyList<string> WatchedResources { get; } =
    [
        KafkaBroker, MailSink, ResourceNames.Payments, ResourceNames.Auth, ResourceNames.Billing, ResourceNames.Patients, ResourceNames.Notifications,
        ResourceNames.Audit, ResourceNames.Gateway, ResourceNames.Web,
    ];

    public TimeSpan StartupTime { get; private set; }

    /// <summary>Failures tests provoke on purpose; declare them before provoking them.</summary>
    public ExpectedFailures ExpectedFailures { get; } = new();

    /// <summary>
    /// An administrator's access token: the one place tests sign in as the administrator. Access tokens
    /// live 15 minutes, so one older than <see cref="AdminTokenRenewal"/> is replaced by a new sign-in.
    /// </summary>
    public async Task<string> AdminAccessTokenAsync()
    {
        await _adminSignIn.WaitAsync();
        try
        {
            if (_adminToken is not { } token || DateTimeOffset.UtcNow - token.SignedInAt > AdminTokenRenewal)
            {
                _adminToken = token = (await SignInAdminAsync(), DateTimeOffset.UtcNow);
            }

            return token.AccessToken;
        }
        finally
        {
            _adminSignIn.Release();
        }
    }

    /// <summary>The key auth-service signs with, so tests can forge tokens that differ from real ones in one respect.</summary>
    public RSA SigningKey { get; } = RSA.Create(2048);

    /// <summary>A key's JWK <c>kid</c> as auth-service names it: the base64url SHA-256 of its public key.</summary>
    public static string KeyIdOf(RSA key) => Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));

    /// <summary>
    /// Every service runs as two replicas, as deployed, so the suite proves that any instance serves any request;
    /// PMS_TEST_REPLICAS=1 runs one of each.
    /// </summary>
    private static string[] ReplicaArguments() =>
        [$"--Pms:Replicas={(Environment.GetEnvironmentVariable("PMS_TEST_REPLICAS") is { Length: > 0 } replicas ? replicas : "2")}"];

    public async ValueTask InitializeAsync()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Pms_AppHost>(
            [
                .. LocalRun.Arguments(_workDirectory),
                $"--Parameters:admin-email={AdminEmail}",
                $"--Parameters:admin-password={AdminPassword}",
                $"--Parameters:auth-signing-key={SigningKey.ExportPkcs8PrivateKeyPem()}",
                $"--Parameters:patients-client-secret={PatientsClientSecret}",
                $"--Parameters:notifications-client-secret={NotificationsClientSecret}",
                $"--Parameters:payments-secret-key={PaymentsSecretKey}",
                $"--Parameters:payments-webhook-secret={PaymentsWebhookSecret}",

                // Every test signs in from 127.0.0.1; the per-IP limits are tested on the gateway alone.
                "--Pms:RateLimits:AuthPerIpPerMinute=100000",
                "--Pms:RateLimits:ApiPerIpPerMinute=100000",
                .. ReplicaArguments(),
            ],
            (options, _) => options.DisableDashboard = true);
        builder.CreateResourceBuilder<ProjectResource>(ResourceNames.Auth)
            .WithEnvironment("Auth__AbsoluteSessionLifetime", AbsoluteSessionLifetime.ToString("c", System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("Auth__IdleSessionLifetime", IdleSessionLifetime.ToString("c", System.Globalization.CultureInfo.InvariantCulture))
            .WithEnvironment("Auth__SigningKeyRefreshInterval", SigningKeyRefreshInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var service in MessageTables.DatabaseOf.Keys)
        {
            // Nothing in this run restarts a database or kills a data service, the cases Wolverine's release of stale
            // outbox rows is for: held for the whole run, a message committed but never sent is still there at the end.
            builder.CreateResourceBuilder<ProjectResource>(service).WithEnvironment("Messaging__StaleEnvelopeTime", "01:00:00");
        }

        builder.CreateResourceBuilder<ProjectResource>(ResourceNames.Billing)
            .WithEnvironment("Payments__ReconcileEvery", "00:00:01")
            .WithEnvironment("Payments__ReconcileAfter", ReconcileAfter.ToString("c", System.Globalization.CultureInfo.InvariantCulture));

        using var deadline = new StartupDeadline(builder, StartupTimeout, CancellationToken.None);
        _app = await builder.BuildAsync(deadline.Token);
        await deadline.StartAsync(_app);
        _logs = ServiceLogWatch.Start(_app, WatchedResources);
        await deadline.WaitUntilHealthyAsync(_app, HealthCheckedResources);

        // The browser tests close their pages when they end, and the failover test kills web replicas, while a page's
        // live connection may be carrying a call to the browser (a redirect to sign-in, a script being stopped); the web
        // logs such a call, cancelled because the browser went away, as an error.
        ExpectedFailures.ErrorLog(ResourceNames.Web, "TaskCanceledException: A task was canceled. at Microsoft.JSInterop.JSRuntime.InvokeAsync");
        StartupTime = started.Elapsed;

        // The administrator enrols an authenticator here, once, before tests sign in as them in parallel: two
        // enrolments at once each set up their own secret, and the one confirmed with the replaced secret is refused.
        await AdminAccessTokenAsync();
    }

    /// <summary>Ends the run; fails it when a service dead-lettered or logged an error no test declared (see artifacts/suite-health.txt).</summary>
    public async ValueTask DisposeAsync()
    {
        var problems = new List<string>();
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            problems.AddRange(await SuiteHealthCheck.DeadLetterProblemsAsync(_app, timeout.Token));
            problems.AddRange(await SuiteHealthCheck.OutboxProblemsAsync(_app, timeout.Token));
            await _app.StopAsync();
            await _logs!.DisposeAsync();
            problems.AddRange(SuiteHealthCheck.LogProblems(_logs, ExpectedFailures));
            await _app.DisposeAsync();
        }

        _workDirectory.Delete(recursive: true);
        SigningKey.Dispose();
        _adminSignIn.Dispose();
        await SuiteHealthCheck.ReportAsync(problems);
    }

    private async Task<string> SignInAdminAsync()
    {
        using var gateway = App.CreateHttpClient(ResourceNames.Gateway);
        return (await new GatewaySignInClient(gateway, Authenticator.Shared).SignInAsync(AdminEmail, AdminPassword, CancellationToken.None)).AccessToken;
    }
}
