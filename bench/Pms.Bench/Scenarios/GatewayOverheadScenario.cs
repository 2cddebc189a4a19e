using System.Net;
using Pms.Bench.Load;
using Pms.Bench.Reporting;

namespace Pms.Bench.Scenarios;

/// <summary>
/// Scenario 2: one authenticated read (a patient by id) sent three ways at the same fixed rates —
/// to patient-service's own process, to the address Aspire publishes for it (its proxy), and
/// through the gateway — so the difference is what the gateway adds.
/// </summary>
public sealed class GatewayOverheadScenario(BenchContext context)
{
    public async Task<ScenarioReport> RunAsync(CancellationToken cancellationToken)
    {
        var report = new ScenarioReport(2, "Gateway overhead",
            "What does the gateway add to the same authenticated read (GET /api/patients/{id}) at the same rate?");
        var lanes = new (string Name, Uri Address)[]
        {
            ("service process", context.Pms.ProcessEndpoint(ResourceNames.Patients)),
            ("service via Aspire proxy", context.Pms.Endpoint(ResourceNames.Patients)),
            ("gateway", context.Pms.Endpoint(ResourceNames.Gateway)),
        };
        var results = lanes.ToDictionary(lane => lane.Name, _ => new List<StepResult>(), StringComparer.Ordinal);
        var ids = context.Patients.Ids;
        foreach (var rate in context.Profile.GatewayRates)
        {
            foreach (var (name, address) in lanes)
            {
                using var client = await context.StaffClientAsync(address, cancellationToken);
                results[name].Add(await context.RunAsync(context.Profile.Step($"{name} {rate:0}/s", rate), async operation =>
                {
                    using var response = await client.GetAsync(new Uri($"/api/patients/{ids[(int)(operation.Index % ids.Count)]}", UriKind.Relative), operation.CancellationToken);
                    return Outcome.Expect(response, HttpStatusCode.OK);
                }, cancellationToken));
            }
        }

        report.Steps.Add(new StepTable("The same read, three ways, rate by rate", [.. context.Profile.GatewayRates.SelectMany((_, index) => lanes.Select(lane => results[lane.Name][index]))]));
        var rows = new List<ValueRow>();
        for (var index = 0; index < context.Profile.GatewayRates.Length; index++)
        {
            var direct = results["service process"][index];
            var proxied = results["service via Aspire proxy"][index];
            var gateway = results["gateway"][index];
            rows.Add(new ValueRow($"{context.Profile.GatewayRates[index]:0}/s",
            [
                Numbers.Milliseconds(gateway.Latency.P50 - direct.Latency.P50),
                Numbers.Milliseconds(gateway.Latency.P99 - direct.Latency.P99),
                Numbers.Ratio(gateway.ThroughputPerSecond / direct.ThroughputPerSecond),
                Numbers.Milliseconds(proxied.Latency.P50 - direct.Latency.P50),
                Numbers.Milliseconds(proxied.Latency.P99 - direct.Latency.P99),
            ]));
        }

        report.Values.Add(new ValueTable("Added by the gateway and by Aspire's proxy, against the service's own process (ms)",
            ["gateway adds p50", "gateway adds p99", "gateway served / service served", "proxy adds p50", "proxy adds p99"], rows));
        var first = rows[0];
        report.Figure($"gateway adds at {first.Label}", $"p50 +{first.Values[0]} ms, p99 +{first.Values[1]} ms, throughput ratio {first.Values[2]}");
        report.Paths.Add(MeasuredPath.From("patient by id, direct", results["service process"][0]));
        report.Paths.Add(MeasuredPath.From("patient by id, through the gateway", results["gateway"][0]));
        report.Notes.Add("In a local run every service call also passes Aspire's endpoint proxy (DCP): the gateway reaches patient-service through it, so 'gateway adds' is the gateway plus one more proxy hop.");
        return report;
    }
}
