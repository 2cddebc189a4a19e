using System.Diagnostics;
using System.Net;
using Pms.Bench.System;

namespace Pms.Bench.Faults;

/// <summary>
/// Drives a steady front-desk mix through the gateway while it applies every fault in turn (broker down and slow,
/// each service killed, one replica of each service killed, PostgreSQL restarted, billing unreachable, mail refused), then checks from the databases,
/// the mail sink and the clients' answers that nothing accepted was lost, doubled or half-written.
/// </summary>
public sealed class FaultSuite(FaultProfile profile, string logDirectory)
{
    private const int SeededPatientCount = 10;
    private const int Doctors = 2;
    private static readonly TimeSpan SettleLimit = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);
    private static readonly string[] WatchedResources =
    [
        ResourceNames.Gateway, ResourceNames.Auth, ResourceNames.Patients, ResourceNames.Billing, ResourceNames.Notifications, ResourceNames.Audit,
        ResourceNames.Postgres, PmsSystem.KafkaBroker, PmsSystem.MailSink,
    ];

    public async Task<FaultReport> RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        await using var pms = await PmsSystem.StartAsync(cancellationToken, profile.Replicas);
        await using var logs = pms.WriteLogsTo(logDirectory);
        Progress($"PMS started in {pms.StartupTime.TotalSeconds:0} s; its logs go to {logDirectory}");
        using var gateway = LoadClient.For(pms.Endpoint(ResourceNames.Gateway));
        var accounts = new Accounts(gateway);
        var adminToken = await accounts.LoginAsync(PmsSystem.AdminEmail, PmsSystem.AdminPassword, cancellationToken);
        using var clients = new FaultClients(pms.Endpoint(ResourceNames.Gateway), accounts, await accounts.CreateAsync(PmsRoles.Staff, adminToken, cancellationToken));
        await clients.RenewStaffTokenAsync(cancellationToken);
        var databases = new FaultDatabases(pms);
        var (patients, slots) = await PrepareAsync(accounts, adminToken, clients, databases, cancellationToken);

        var load = new FaultLoad(clients, patients, slots);
        using var stopLoad = new CancellationTokenSource();
        var loading = load.RunAsync(profile.OperationsPerSecond, stopLoad.Token);
        Progress($"load started at {profile.OperationsPerSecond}/s");
        await Task.Delay(profile.WarmUp, cancellationToken);

        var windows = new List<FaultWindow>();
        using var controls = new FaultControls(pms);
        for (var round = 1; round <= profile.Rounds; round++)
        {
            foreach (var fault in Fault.Sequence(profile))
            {
                await clients.RenewStaffTokenAsync(cancellationToken);
                var faultStarted = DateTimeOffset.UtcNow;
                Progress($"round {round}: {fault.Name}");
                await fault.ApplyAsync(controls, cancellationToken);
                var lifted = DateTimeOffset.UtcNow;
                var backlog = await UnfinishedWorkAsync(databases, cancellationToken);
                var servingAgain = await WaitAsync(() => ServingAsync(pms, clients), cancellationToken);

                // Work keeps arriving under load, so "drained" means: everything queued before the fault was lifted is done.
                var left = backlog;
                var drained = await WaitAsync(async () =>
                {
                    var now = await databases.UnfinishedWorkAsync(cancellationToken);
                    left = backlog.Where(work => now.ContainsKey(work.Key)).ToDictionary(work => work.Key, work => now[work.Key]);
                    return left.Count == 0;
                }, cancellationToken);
                windows.Add(new FaultWindow(fault.Name, fault.Description, faultStarted, lifted, servingAgain, drained));
                Progress($"  lifted; serving again after {Seconds(servingAgain)}, work drained after {Seconds(drained)}");
                if (drained is null)
                {
                    Progress($"  still not done: {string.Join("; ", left.Take(10).Select(work => $"{work.Key}: {work.Value}"))}");
                }
                await Task.Delay(profile.Gap, cancellationToken);
            }
        }

        await stopLoad.CancelAsync();
        await loading;
        var loadEnded = DateTimeOffset.UtcNow;
        Progress($"load stopped after {load.Operations.Count} operations; settling");
        var settled = await WaitAsync(async () => (await databases.UnfinishedWorkAsync(cancellationToken)).Count == 0, cancellationToken, SettleLimit);
        using var sink = new HttpClient { BaseAddress = pms.Endpoint(PmsSystem.MailSink) };
        var invariants = await new Invariants(databases, new MailSinkClient(sink)).CheckAsync(load.Operations, patients, cancellationToken);
        var instances = WatchedInstances(pms);
        invariants = [.. invariants, Invariant.Of("no process ended by itself: every instance of every resource is running at the end", instances.Count,
            instances.Where(instance => pms.Snapshot(instance).State?.Text != KnownResourceStates.Running)
                .Select(instance => $"{instance} is {pms.Snapshot(instance).State?.Text ?? "in no state"}"))];
        return new FaultReport(profile, startedAt, loadEnded, pms.Settings, [.. load.Operations], windows, settled, invariants);
    }

    /// <summary>Doctors to book with and walk-in patients to bill, once billing and notifications know them.</summary>
    private static async Task<(IReadOnlyList<Guid> Patients, SlotSequence Slots)> PrepareAsync(
        Accounts accounts, string adminToken, FaultClients clients, FaultDatabases databases, CancellationToken cancellationToken)
    {
        using var staff = LoadClient.For(clients.Gateway.BaseAddress!, clients.StaffToken);
        var doctors = await BenchDoctors.CreateAsync(accounts, adminToken, staff, Doctors, cancellationToken);
        var patients = new List<Guid>();
        for (var index = 0; index < SeededPatientCount; index++)
        {
            var outcome = await WalkIns.RegisterAsync(staff, registered => patients.Add(registered.PatientId), cancellationToken);
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException($"Registering a patient to work with failed: {outcome.Failure}.");
            }
        }

        var known = await WaitAsync(async () =>
            await databases.CountAsync(ResourceNames.BillingDatabase, "SELECT count(*) FROM \"PatientSummaries\" WHERE \"PatientId\" = ANY(@ids)", cancellationToken, ("ids", patients.ToArray())) == patients.Count
            && await databases.CountAsync(ResourceNames.NotificationDatabase, "SELECT count(*) FROM \"PatientContacts\" WHERE \"PatientId\" = ANY(@ids)", cancellationToken, ("ids", patients.ToArray())) == patients.Count,
            cancellationToken);
        return known is null
            ? throw new TimeoutException("billing and notifications did not learn of the prepared patients in time.")
            : (patients, new SlotSequence(doctors, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2)));
    }

    /// <summary>The work queued when a fault is lifted; while PostgreSQL is still restarting, read again until it answers.</summary>
    private static async Task<Dictionary<string, string>> UnfinishedWorkAsync(FaultDatabases databases, CancellationToken cancellationToken)
    {
        Dictionary<string, string>? backlog = null;
        await WaitAsync(async () =>
        {
            backlog = await databases.UnfinishedWorkAsync(cancellationToken);
            return true;
        }, cancellationToken);
        return backlog ?? throw new TimeoutException("PostgreSQL did not answer within the recovery limit.");
    }

    /// <summary>Every resource healthy to the AppHost, and the gateway answering reads of auth, patients and billing.</summary>
    private static async Task<bool> ServingAsync(PmsSystem pms, FaultClients clients)
    {
        if (WatchedInstances(pms).Any(instance => pms.Snapshot(instance).HealthStatus != Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy))
        {
            return false;
        }

        foreach (var path in new[] { "/api/auth/me", "/api/patients?pageSize=1", "/api/billing/catalog" })
        {
            var (attempt, response) = await Attempt.SendAsync(clients.Gateway, () => clients.AsStaff(new HttpRequestMessage(HttpMethod.Get, path)), CancellationToken.None);
            response?.Dispose();
            if (!attempt.Answered(HttpStatusCode.OK))
            {
                return false;
            }
        }

        return true;
    }

    private static List<string> WatchedInstances(PmsSystem pms) => [.. WatchedResources.SelectMany(pms.Instances)];

    /// <summary>How long until <paramref name="condition"/> held, or null if it did not within the limit (a database restarting counts as not yet).</summary>
    private static async Task<TimeSpan?> WaitAsync(Func<Task<bool>> condition, CancellationToken cancellationToken, TimeSpan? limit = null)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < (limit ?? FaultProfile.RecoveryLimit))
        {
            try
            {
                if (await condition())
                {
                    return waited.Elapsed;
                }
            }
            catch (Npgsql.NpgsqlException)
            {
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        return null;
    }

    private static string Seconds(TimeSpan? elapsed) => elapsed is { } value ? $"{value.TotalSeconds:0.0} s" : "never (limit reached)";

    private static void Progress(string message) => BenchContext.Progress(message);
}
