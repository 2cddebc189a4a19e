using System.Net;
using System.Net.Http.Json;
using Pms.Bench.Load;
using Pms.Bench.Reporting;
using Pms.Bench.System;

namespace Pms.Bench.Scenarios;

/// <summary>
/// Scenario 7: sign-ins through the gateway at rising rates (each one hashes the password with
/// PBKDF2, 210,000 iterations), then a flood of sign-ins beside staff reading patients by id, to see
/// how much the hashing raises the readers' p99. A staff sign-in's password step is what is measured:
/// it answers with the second step (TOTP enrolment or code), whose own cost is a hash lookup.
/// </summary>
public sealed class LoginScenario(BenchContext context)
{
    public const double P99LimitMilliseconds = 500;
    private const int AccountCount = 4;
    private const double FloodOverHeldRate = 2;
    private const string RefusedBusy = "HTTP 429";

    public async Task<ScenarioReport> RunAsync(CancellationToken cancellationToken)
    {
        var report = new ScenarioReport(7, "Login",
            $"How many sign-ins per second hold p99 < {P99LimitMilliseconds} ms, and how much does a flood of them slow staff reading patients?");
        var accounts = new List<string>();
        for (var index = 0; index < AccountCount; index++)
        {
            accounts.Add(await context.Accounts.CreateAsync(PmsRoles.Staff, context.AdminToken!, cancellationToken));
        }

        using var anonymous = LoadClient.For(context.Pms.Endpoint(ResourceNames.Gateway));
        async Task<Outcome> SignIn(OperationContext operation)
        {
            using var response = await anonymous.PostAsJsonAsync("/api/auth/login",
                new { email = accounts[(int)(operation.Index % accounts.Count)], password = Accounts.Password }, operation.CancellationToken);
            return Outcome.Expect(response, HttpStatusCode.OK);
        }

        var climb = await context.ClimbAsync("sign-in", context.Profile.LoginRates, P99LimitMilliseconds, SignIn, cancellationToken);
        report.Steps.Add(new StepTable("Sign-ins, climbing", climb));
        report.Figure($"highest sign-in rate holding p99 < {P99LimitMilliseconds} ms", Ladder.HighestHeld(climb, P99LimitMilliseconds));
        report.Figure("most sign-ins served", $"{Numbers.Rate(climb.Max(step => step.ThroughputPerSecond))}/s");
        report.Paths.Add(MeasuredPath.From("sign-in (gateway)", climb[0]));
        await context.Settling.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);

        // Beyond capacity what fits is still served and the excess is refused at once, not left to time out.
        var overloadRate = context.Profile.LoginRates.Max();
        var overload = await context.RunAsync(context.Profile.Step($"sign-in {overloadRate:0}/s, beyond capacity", overloadRate), async operation =>
        {
            var outcome = await SignIn(operation);
            operation.Lap(outcome.Failure == RefusedBusy ? "refused" : "answered");
            return outcome;
        }, cancellationToken);
        report.Steps.Add(new StepTable("Sign-ins beyond capacity", [overload]));
        var refused = overload.Failures.GetValueOrDefault(RefusedBusy);
        report.Figure($"beyond capacity, {Numbers.Rate(overloadRate)}/s offered",
            $"{Numbers.Rate(overload.ThroughputPerSecond)}/s signed in, {Numbers.Rate(refused / overload.MeasuredSeconds)}/s refused with 429; "
            + string.Join(", ", overload.Laps.OrderBy(lap => lap.Key, StringComparer.Ordinal).Select(lap => $"{lap.Key} p99 {Numbers.Milliseconds(lap.Value.P99)} ms")));
        await context.Settling.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);

        using var staff = await context.StaffClientAsync(context.Pms.Endpoint(ResourceNames.Gateway), cancellationToken);
        var ids = context.Patients.Ids;
        async Task<Outcome> Read(OperationContext operation)
        {
            using var response = await staff.GetAsync(new Uri($"/api/patients/{ids[(int)(operation.Index * 7919 % ids.Count)]}", UriKind.Relative), operation.CancellationToken);
            return Outcome.Expect(response, HttpStatusCode.OK);
        }

        var readRate = context.Profile.FloodReadRate;
        var alone = await context.RunAsync(context.Profile.Step($"reads by id {readRate:0}/s alone", readRate), Read, cancellationToken);
        var heldRate = climb.TakeWhile(step => step.Holds(P99LimitMilliseconds)).LastOrDefault()?.OfferedPerSecond ?? climb[0].OfferedPerSecond;
        var floodRate = heldRate * FloodOverHeldRate;
        var flood = context.RunAsync(context.Profile.Step($"sign-in flood {floodRate:0.#}/s", floodRate), SignIn, cancellationToken);
        var beside = await context.RunAsync(context.Profile.Step($"reads by id {readRate:0}/s beside the flood", readRate), Read, cancellationToken);
        var flooding = await flood;

        report.Steps.Add(new StepTable("Staff reads alone, then beside a sign-in flood (run at the same time)", [alone, beside, flooding]));
        report.Figure("reads p99 alone → beside the flood", $"{Numbers.Milliseconds(alone.Latency.P99)} → {Numbers.Milliseconds(beside.Latency.P99)} ms ({Numbers.Ratio(beside.Latency.P99 / alone.Latency.P99)}), flood of {Numbers.Rate(floodRate)} sign-ins/s");
        report.Notes.Add("The flood runs at twice the highest sign-in rate that held, so the password hashing saturates the cores while the reads go on.");
        return report;
    }
}
