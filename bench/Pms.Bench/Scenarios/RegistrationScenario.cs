using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Pms.Bench.Load;
using Pms.Bench.Reporting;
using Pms.Bench.System;
using Pms.Contracts.Billing;

namespace Pms.Bench.Scenarios;

/// <summary>
/// Scenario 3: walk-in registrations by staff through the gateway (duplicate check, patient row and
/// outbox in one transaction, then the synchronous fee call to billing) at rising fixed rates until
/// errors or p99 break. Then, at the highest rate that held, the same load once more with the
/// runtime counters of the services on the path and PostgreSQL's statistics beside it, and the
/// fee call alone, to see what a registration is made of.
/// </summary>
public sealed class RegistrationScenario(BenchContext context)
{
    public const double P99LimitMilliseconds = 50;

    /// <summary>A rate holds only if what it set off (events, welcome emails) is done this soon after the step.</summary>
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(5);
    private const double HandOverRate = 2;
    private const double WarmUpRate = 20;
    private static readonly TimeSpan WarmUpDuration = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan HandOverDuration = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan CounterIdle = TimeSpan.FromSeconds(3);
    private static readonly string[] PathServices = [ResourceNames.Gateway, ResourceNames.Patients, ResourceNames.Billing];

    public async Task<ScenarioReport> RunAsync(CancellationToken cancellationToken)
    {
        var report = new ScenarioReport(3, "Registration",
            $"What is the highest rate of walk-in registrations that holds p99 < {P99LimitMilliseconds} ms without errors, with everything it sets off done within {DrainLimit.TotalSeconds:0} s of the step's end?");
        using var gateway = await context.StaffClientAsync(context.Pms.Endpoint(ResourceNames.Gateway), cancellationToken);
        Task<Outcome> Register(OperationContext operation) => WalkIns.RegisterAsync(gateway, null, operation.CancellationToken);

        // The first registrations load and compile every service's path (patients, billing, notifications, audit): they run
        // uncounted before the climb, whose first step would otherwise measure a cold system.
        await context.RunAsync(new LoadStep("walk-in registration, warming up", WarmUpRate, TimeSpan.Zero, WarmUpDuration, context.Profile.Timeout), Register, cancellationToken);
        await context.Settling.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        var climb = await context.ClimbAsync("walk-in registration", context.Profile.RegistrationRates, P99LimitMilliseconds, Register, cancellationToken, DrainLimit);
        report.Steps.Add(new StepTable("Walk-in registrations, climbing", climb));
        report.Figure($"highest rate holding p99 < {P99LimitMilliseconds} ms", Ladder.HighestHeld(climb, P99LimitMilliseconds));
        report.Figure("p50 / p99 at the lowest rate", $"{Numbers.Milliseconds(climb[0].Latency.P50)} / {Numbers.Milliseconds(climb[0].Latency.P99)} ms at {Numbers.Rate(climb[0].OfferedPerSecond)}/s");
        report.Paths.Add(MeasuredPath.From("walk-in registration (gateway)", climb[0]));

        await context.Settling.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        var rate = climb.TakeWhile(step => step.Holds(P99LimitMilliseconds)).LastOrDefault()?.OfferedPerSecond ?? climb[0].OfferedPerSecond;
        var statements = new StatementProbe(await context.Pms.ConnectionStringAsync(ResourceNames.Postgres, cancellationToken));
        var registered = new ConcurrentQueue<Guid>();
        var (counted, allocations) = await WithCountersAsync(
            rate, operation => WalkIns.RegisterAsync(gateway, walkIn => registered.Enqueue(walkIn.PatientId), operation.CancellationToken), statements, cancellationToken);
        var feeOnly = await FeeCallAloneAsync(rate, [.. registered], cancellationToken);
        report.Steps.Add(new StepTable("Taken apart: registrations with counters, and the fee call alone", [counted, feeOnly]));
        report.Values.Add(new ValueTable("Allocated per registration, by process (KB)", ["KB per registration"],
            [.. allocations.Select(allocation => new ValueRow(allocation.Key, [Numbers.Value(allocation.Value)]))]));
        report.Values.Add(statements.Table("The statements a registration sets off, most frequent first (pg_stat_statements, all databases)", counted));
        report.Paths.Add(MeasuredPath.From("registration fee call alone (billing via proxy)", feeOnly));
        report.Figure("allocated per registration (gateway + patients + billing)", $"{Numbers.Value(allocations.Values.Sum())} KB");
        report.Figure("share of a registration's p50 that is the fee call", $"{Numbers.Milliseconds(feeOnly.Latency.P50)} of {Numbers.Milliseconds(counted.Latency.P50)} ms");
        var handOver = await SelfRegistrationHandOverAsync(cancellationToken);
        report.Steps.Add(new StepTable("A patient's own registration as the web's form makes it: register, then sign in", [handOver]));
        report.Paths.Add(MeasuredPath.From("self-registration hand-over: register + sign in (gateway)", handOver));
        report.Figure("self-registration hand-over p50 / p99 (register + sign in, before the dashboard loads)",
            $"{Numbers.Milliseconds(handOver.Latency.P50)} / {Numbers.Milliseconds(handOver.Latency.P99)} ms");
        report.Notes.Add("The hand-over is the server's part of the web's Create my account: both calls hash the password (PBKDF2), and the dashboard then opens without waiting for the patient record.");
        report.Notes.Add("Allocations come from each process's System.Runtime event counter alloc-rate over its diagnostics port (as dotnet-counters reads it), less the process's idle allocation rate measured just before.");
        report.Notes.Add("db figures come from pg_stat_database; statement ms is PostgreSQL's active_time, the time backends spent executing statements.");
        return report;
    }

    /// <summary>The held rate again, with every service on the path counted; returns the step and allocations per registration.</summary>
    private async Task<(StepResult Step, Dictionary<string, double> KilobytesPerRegistration)> WithCountersAsync(
        double rate, Func<OperationContext, Task<Outcome>> register, StatementProbe statements, CancellationToken cancellationToken)
    {
        var counters = PathServices.ToDictionary(service => service, service => RuntimeCounters.Start(context.Processes.ServicePid(service)), StringComparer.Ordinal);
        try
        {
            await Task.Delay(CounterIdle, cancellationToken);
            var loadStarted = DateTime.UtcNow;
            var step = new LoadStep($"registrations with counters {rate:0.#}/s", rate, TimeSpan.Zero, context.Profile.StepDuration, context.Profile.Timeout);
            var result = await context.RunAsync(step, register, cancellationToken,
                new PostgresProbe(await context.Pms.ConnectionStringAsync(ResourceNames.Postgres, cancellationToken)), statements);
            await Task.Delay(TimeSpan.FromSeconds(1.5), cancellationToken);
            var loadEnded = DateTime.UtcNow;
            var operations = result.Succeeded + result.FailureCount;
            var kilobytes = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (service, counter) in counters)
            {
                kilobytes[service] = await counter.AllocatedDuringAsync(loadStarted, loadStarted, loadEnded, cancellationToken) / 1024 / Math.Max(1, operations);
            }

            return (result, kilobytes);
        }
        finally
        {
            foreach (var counter in counters.Values)
            {
                await counter.DisposeAsync();
            }
        }
    }

    /// <summary>What the web's registration form asks of the gateway before it opens the dashboard, at a front desk's pace.</summary>
    private async Task<StepResult> SelfRegistrationHandOverAsync(CancellationToken cancellationToken)
    {
        using var anonymous = LoadClient.For(context.Pms.Endpoint(ResourceNames.Gateway));
        return await context.RunAsync(new LoadStep($"self-registration hand-over {HandOverRate:0}/s", HandOverRate, context.Profile.WarmUp, HandOverDuration, context.Profile.Timeout), async operation =>
        {
            var email = $"bench.self.{Guid.NewGuid():N}@example.org";
            using (var registered = await anonymous.PostAsJsonAsync("/api/auth/register",
                new { email, password = Accounts.Password, firstName = "Bench", lastName = "Self", phoneNumber = (string?)null, dateOfBirth = "1980-01-01" },
                operation.CancellationToken))
            {
                if (registered.StatusCode != HttpStatusCode.Created)
                {
                    return Outcome.Expect(registered, HttpStatusCode.Created);
                }
            }

            using var signedIn = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = Accounts.Password }, operation.CancellationToken);
            return Outcome.Expect(signedIn, HttpStatusCode.OK);
        }, cancellationToken);
    }

    /// <summary>
    /// billing-service's fee endpoint called as patient-service calls it: Service token, through Aspire's proxy. Each call bills
    /// one of the patients just registered once more under a key of its own, so notification-service knows whom each bill
    /// notice is for (a bill for a patient it never heard of would wait in its retries for a quarter of an hour).
    /// </summary>
    private async Task<StepResult> FeeCallAloneAsync(double rate, Guid[] registered, CancellationToken cancellationToken)
    {
        using var billing = LoadClient.For(context.Pms.Endpoint(ResourceNames.Billing), await Accounts.ServiceTokenAsync(context.Pms.Endpoint(ResourceNames.Auth), cancellationToken));
        long calls = 0;
        return await context.RunAsync(context.Profile.Step($"fee call alone {rate:0.#}/s", rate), async operation =>
        {
            var patientId = registered[Interlocked.Increment(ref calls) % registered.Length];
            using var request = new HttpRequestMessage(HttpMethod.Post, BillingRoutes.Fees)
            {
                Content = JsonContent.Create(new FeeRequest(FeeKind.Registration, null, new FeePatient(patientId, "PMS-BENCH", "Bench", "Fee", null, DateTimeOffset.UnixEpoch))),
            };
            request.Headers.Add(BillingRoutes.IdempotencyKeyHeader, $"bench-fee:{Guid.CreateVersion7()}");
            using var response = await billing.SendAsync(request, operation.CancellationToken);
            return Outcome.Expect(response, HttpStatusCode.Created);
        }, cancellationToken);
    }
}
