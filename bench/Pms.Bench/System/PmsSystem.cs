using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pms.Bench.System;

/// <summary>
/// The whole of PMS started by its AppHost in local mode, as the end-to-end tests start it: a
/// throwaway PostgreSQL data directory, free infrastructure ports, a known administrator, a fresh
/// signing key, and rate limits raised so the load generator (one client IP) is not throttled.
/// </summary>
public sealed class PmsSystem : IAsyncDisposable
{
    public const string KafkaBroker = "kafka-broker";
    public const string MailSink = "mail-sink";
    public const string AdminEmail = "admin@pms.local";
    public const string AdminPassword = "the benchmark administrator's passphrase";
    public const string PatientsClientSecret = "patients-client-secret-for-benchmarks";
    public const int RaisedRateLimitPerMinute = 100_000_000;

    public static IReadOnlyList<string> Services { get; } =
        [ResourceNames.Gateway, ResourceNames.Auth, ResourceNames.Patients, ResourceNames.Billing, ResourceNames.Notifications, ResourceNames.Audit, ResourceNames.Web,
            KafkaBroker, MailSink];

    private const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    private const string ExecutablePidProperty = "executable.pid";
    /// <summary>Counted once no other run of PMS holds the machine: see <see cref="StartupDeadline"/>.</summary>
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(8);

    private readonly DirectoryInfo _workDirectory;
    private readonly DistributedApplication _app;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _instances;

    private PmsSystem(
        DirectoryInfo workDirectory, DistributedApplication app, IReadOnlyDictionary<string, IReadOnlyList<string>> instances, IReadOnlyList<string> settings,
        TimeSpan startupTime)
    {
        _workDirectory = workDirectory;
        _app = app;
        _instances = instances;
        Settings = settings;
        StartupTime = startupTime;
    }

    /// <summary>The AppHost arguments of this run, without secrets and this machine's paths and ports.</summary>
    public IReadOnlyList<string> Settings { get; }

    public TimeSpan StartupTime { get; }

    /// <param name="replicas">Instances of every PMS service (the infrastructure stays single).</param>
    public static async Task<PmsSystem> StartAsync(CancellationToken cancellationToken, int replicas = 1)
    {
        var workDirectory = LocalRun.CreateWorkDirectory("pms-bench-");
        var places = LocalRun.Arguments(workDirectory);
        string[] settings =
        [
            $"--Parameters:admin-email={AdminEmail}",
            $"--Pms:RateLimits:AuthPerIpPerMinute={RaisedRateLimitPerMinute}",
            $"--Pms:RateLimits:ApiPerIpPerMinute={RaisedRateLimitPerMinute}",
            $"--Pms:RateLimits:LoginPerAccountPerMinute={RaisedRateLimitPerMinute}",
            .. replicas > 1 ? [$"--Pms:Replicas={replicas.ToString(global::System.Globalization.CultureInfo.InvariantCulture)}"] : Array.Empty<string>(),
        ];
        using var signingKey = RSA.Create(2048);
        string[] secrets =
        [
            $"--Parameters:admin-password={AdminPassword}",
            $"--Parameters:auth-signing-key={signingKey.ExportPkcs8PrivateKeyPem()}",
            $"--Parameters:patients-client-secret={PatientsClientSecret}",
        ];

        var started = global::System.Diagnostics.Stopwatch.StartNew();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Pms_AppHost>(
            [.. settings, .. places, .. secrets], (options, _) => options.DisableDashboard = true, cancellationToken);
        builder.Services.AddLogging(logging => logging
            .AddFilter("Pms.AppHost.Resources", LogLevel.None)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None)
            .AddFilter("Aspire", LogLevel.Warning)
            .AddFilter("Aspire.Hosting.Dcp", LogLevel.Error)
            .AddFilter("Microsoft", LogLevel.Warning));

        // The fault suite checks that every mail it caused arrived once; the sink keeps only the newest 1,000 by default.
        builder.CreateResourceBuilder<ProjectResource>(MailSink).WithEnvironment("MailSink__MaxMessages", "1000000");
        // Reads report how long their audit record took to store (Server-Timing), which scenario 4 sets beside the read.
        builder.CreateResourceBuilder<ProjectResource>(ResourceNames.Patients).WithEnvironment("Audit__ServerTiming", "true");

        // No telemetry collector listens in a bench run; exporting to nobody would measure retries, not PMS.
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            project.Annotations.Add(new EnvironmentCallbackAnnotation(context => context.EnvironmentVariables.Remove(OtlpEndpointVariable)));
        }

        using var deadline = new StartupDeadline(builder, StartupTimeout, cancellationToken);
        var app = await builder.BuildAsync(deadline.Token);
        await deadline.StartAsync(app);
        await deadline.WaitUntilHealthyAsync(app, Services.Prepend(ResourceNames.Postgres));

        return new PmsSystem(workDirectory, app, await InstancesAsync(app, deadline.Token),
            [.. settings, "patients: Audit:ServerTiming=true", "--Pms:Infrastructure=Local: a throwaway PostgreSQL data directory and free ports for PostgreSQL, Kafka and mail", $"OpenTelemetry: instrumentation on, {OtlpEndpointVariable} removed (no collector)"],
            started.Elapsed);
    }

    /// <summary>The instance ids of PostgreSQL and every PMS process, which they keep when started again.</summary>
    private static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> InstancesAsync(DistributedApplication app, CancellationToken cancellationToken)
    {
        var expected = app.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .Where(resource => resource.Name == ResourceNames.Postgres || Services.Contains(resource.Name))
            .ToDictionary(
            resource => resource.Name, resource => resource.Annotations.OfType<ReplicaAnnotation>().SingleOrDefault()?.Replicas ?? 1);
        var instances = expected.Keys.ToDictionary(name => name, _ => new SortedSet<string>(StringComparer.Ordinal));
        // The watch begins with every instance's current state.
        await foreach (var update in app.ResourceNotifications.WatchAsync(cancellationToken))
        {
            if (instances.TryGetValue(update.Resource.Name, out var found) && found.Add(update.ResourceId)
                && instances.All(resource => resource.Value.Count >= expected[resource.Key]))
            {
                break;
            }
        }

        return instances.ToDictionary(resource => resource.Key, resource => (IReadOnlyList<string>)[.. resource.Value]);
    }

    /// <summary>Copies the log of every PMS process and of PostgreSQL into <paramref name="directory"/> until disposed.</summary>
    public ResourceLogFiles WriteLogsTo(string directory) =>
        ResourceLogFiles.Start(_app, Services.Prepend(ResourceNames.Postgres).SelectMany(Instances), directory);

    /// <summary>The address clients of this resource use (in local mode, Aspire's proxy in front of the process).</summary>
    public Uri Endpoint(string resource) => _app.GetEndpoint(resource, "http");

    /// <summary>The address the service's own process listens on, behind Aspire's proxy.</summary>
    public Uri ProcessEndpoint(string resource) =>
        new(Snapshot(resource).EnvironmentVariables.Single(variable => variable.Name == "ASPNETCORE_URLS").Value!.Split(';')[0]);

    public async Task<string> ConnectionStringAsync(string resource, CancellationToken cancellationToken) =>
        await _app.GetConnectionStringAsync(resource, cancellationToken)
            ?? throw new InvalidOperationException($"{resource} has no connection string.");

    /// <summary>The ids of the resource's instances, one per replica, as the AppHost reports them.</summary>
    public IReadOnlyList<string> Instances(string resource) => _instances[resource];

    /// <summary>An instance's current snapshot, as the Aspire dashboard would show it.</summary>
    public CustomResourceSnapshot Snapshot(string instance) =>
        _app.ResourceNotifications.TryGetCurrentState(instance, out var state)
            ? state.Snapshot
            : throw new InvalidOperationException($"{instance} has no state.");

    /// <summary>The id of the instance's process as the AppHost started it, or null while it has none.</summary>
    public int? ProcessId(string instance) =>
        Snapshot(instance).Properties.FirstOrDefault(property => property.Name == ExecutablePidProperty)?.Value is { } pid
            ? Convert.ToInt32(pid, global::System.Globalization.CultureInfo.InvariantCulture)
            : null;

    /// <summary>Waits until the instance's process has ended (after a signal), as the AppHost sees it.</summary>
    public Task WaitForExitAsync(string instance, CancellationToken cancellationToken) =>
        WaitUntilAsync(instance, snapshot => KnownResourceStates.TerminalStates.Contains(snapshot.State?.Text), cancellationToken);

    /// <summary>Starts an instance whose process ended, as the dashboard's Start command does, and waits until it is healthy again.</summary>
    public async Task StartAgainAsync(string instance, CancellationToken cancellationToken)
    {
        var started = await _app.ResourceCommands.ExecuteCommandAsync(instance, KnownResourceCommands.StartCommand, cancellationToken);
        if (!started.Success)
        {
            throw new InvalidOperationException($"{instance} did not start again: {started.Message}");
        }

        await WaitUntilAsync(instance,
            snapshot => snapshot.State?.Text == KnownResourceStates.Running && snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy,
            cancellationToken);
    }

    private async Task WaitUntilAsync(string instance, Func<CustomResourceSnapshot, bool> reached, CancellationToken cancellationToken)
    {
        // The watch begins with every instance's current state.
        await foreach (var update in _app.ResourceNotifications.WatchAsync(cancellationToken))
        {
            if (update.ResourceId == instance && reached(update.Snapshot))
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _workDirectory.Delete(recursive: true);
    }
}
