using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Pms.Bench.Load;
using Pms.Bench.Reporting;
using Pms.Bench.System;

namespace Pms.Bench.Scenarios;

/// <summary>
/// Scenario 5: a cashier's round — issue a bill from catalog items, then take its payment in full —
/// through the gateway, for patients billing-service already knows, at rising fixed rates.
/// </summary>
public sealed class BillingScenario(BenchContext context)
{
    public const double P99LimitMilliseconds = 100;
    private const int Patients = 10;
    private static readonly TimeSpan PatientsKnownWithin = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(30);

    public async Task<ScenarioReport> RunAsync(CancellationToken cancellationToken)
    {
        var report = new ScenarioReport(5, "Billing",
            $"How fast are creating a bill and paying it, and how far does the pair climb with p99 < {P99LimitMilliseconds} ms for both calls?");
        using var gateway = await context.StaffClientAsync(context.Pms.Endpoint(ResourceNames.Gateway), cancellationToken);
        var patients = await RegisterPatientsAsync(gateway, cancellationToken);

        // The first bills and payments load and compile billing's and notification-service's paths: they run uncounted
        // before the climb, whose first step would otherwise measure a cold system.
        await context.RunAsync(context.Profile.Step("create bill + pay it, warming up", context.Profile.BillingRates[0]), CashierRoundAsync, cancellationToken);
        await context.QuietAsync(SettleLimit, cancellationToken);
        var steps = await context.ClimbAsync("create bill + pay it", context.Profile.BillingRates, P99LimitMilliseconds, CashierRoundAsync, cancellationToken);

        report.Steps.Add(new StepTable("Create a bill, then pay it in full", steps));
        var first = steps[0];
        report.Figure("create bill p50 / p99", $"{Numbers.Milliseconds(first.Laps["create bill"].P50)} / {Numbers.Milliseconds(first.Laps["create bill"].P99)} ms at {Numbers.Rate(first.OfferedPerSecond)}/s");
        report.Figure("pay bill p50 / p99", $"{Numbers.Milliseconds(first.Laps["pay bill"].P50)} / {Numbers.Milliseconds(first.Laps["pay bill"].P99)} ms");
        report.Figure($"highest rate holding p99 < {P99LimitMilliseconds} ms (both calls)", Ladder.HighestHeld(steps, P99LimitMilliseconds));
        report.Paths.Add(MeasuredPath.From("create bill + pay it (gateway, two calls)", first));
        report.Notes.Add("Every bill and payment also publishes events through the outbox; notification-service sends the bill and receipt messages.");
        return report;

        async Task<Outcome> CashierRoundAsync(OperationContext operation)
        {
            using var created = await gateway.PostAsJsonAsync("/api/billing/bills", new
            {
                patientId = patients[(int)(operation.Index % patients.Count)],
                billType = "Consultation",
                items = new object[] { new { code = "CONS-GP", quantity = 1 }, new { code = "LAB-CBC", quantity = 1 } },
            }, operation.CancellationToken);
            operation.Lap("create bill");
            if (created.StatusCode != HttpStatusCode.Created)
            {
                return Outcome.Expect(created, HttpStatusCode.Created);
            }

            var bill = await created.Content.ReadFromJsonAsync<JsonElement>(operation.CancellationToken);
            using var payment = new HttpRequestMessage(HttpMethod.Post, $"/api/billing/bills/{bill.GetProperty("id").GetGuid()}/payments")
            {
                Content = JsonContent.Create(new { amount = bill.GetProperty("total").GetDecimal(), method = "Card" }),
            };
            payment.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            using var paid = await gateway.SendAsync(payment, operation.CancellationToken);
            operation.Lap("pay bill");
            return Outcome.Expect(paid, HttpStatusCode.Created);
        }
    }

    /// <summary>Walk-ins registered for this scenario, once billing-service has their names from the patient events.</summary>
    private async Task<IReadOnlyList<Guid>> RegisterPatientsAsync(HttpClient gateway, CancellationToken cancellationToken)
    {
        var patients = new List<Guid>();
        for (var index = 0; index < Patients; index++)
        {
            var outcome = await WalkIns.RegisterAsync(gateway, registered => patients.Add(registered.PatientId), cancellationToken);
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException($"Registering a patient to bill failed: {outcome.Failure}.");
            }
        }

        await using var billing = await Unpooled.OpenAsync(await context.Pms.ConnectionStringAsync(ResourceNames.BillingDatabase, cancellationToken), cancellationToken);
        var waited = global::System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < PatientsKnownWithin)
        {
            await using var known = new NpgsqlCommand("SELECT count(*) FROM \"PatientSummaries\" WHERE \"PatientId\" = ANY(@ids)", billing);
            known.Parameters.AddWithValue("ids", patients.ToArray());
            if ((long)(await known.ExecuteScalarAsync(cancellationToken))! == patients.Count)
            {
                return patients;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }

        throw new TimeoutException("billing-service did not learn of the new patients in time.");
    }
}
