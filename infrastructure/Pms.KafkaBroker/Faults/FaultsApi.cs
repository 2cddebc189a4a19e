using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Pms.KafkaBroker.Faults;

/// <summary>Fault controls of the embedded broker, for fault tests on this machine: it runs in local mode only, on loopback.</summary>
public static class FaultsApi
{
    public const int MaximumSeconds = 600;
    public const int MaximumLatencyMilliseconds = 30_000;
    public const int MaximumErrors = 1_000;

    public static IEndpointRouteBuilder MapFaultsApi(this IEndpointRouteBuilder endpoints)
    {
        var faults = endpoints.MapGroup("/api/faults");
        faults.MapPost("/broker-down", TakeDown).WithSummary("The broker drops its connections and refuses new ones for a while.");
        faults.MapPost("/latency", AddLatency).WithSummary("Every answer of the broker comes late for a while.");
        faults.MapPost("/partition-errors", FailProduceRequests)
            .WithSummary("The next produce requests fail with a Kafka error code (the mock cluster applies them to its next produce requests, whatever their topic).");
        return endpoints;
    }

    public static Results<NoContent, ValidationProblem> TakeDown(BrokerDownRequest request, BrokerFaults faults)
    {
        if (request.Seconds is not (> 0 and <= MaximumSeconds))
        {
            return Invalid("seconds", $"How long the broker stays down: 1 to {MaximumSeconds} seconds.");
        }

        faults.TakeDown(TimeSpan.FromSeconds(request.Seconds.Value));
        return TypedResults.NoContent();
    }

    public static Results<NoContent, ValidationProblem> AddLatency(LatencyRequest request, BrokerFaults faults)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Milliseconds is not (> 0 and <= MaximumLatencyMilliseconds))
        {
            errors["milliseconds"] = [$"The added latency: 1 to {MaximumLatencyMilliseconds} milliseconds."];
        }

        if (request.Seconds is not (> 0 and <= MaximumSeconds))
        {
            errors["seconds"] = [$"How long the latency lasts: 1 to {MaximumSeconds} seconds."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        faults.AddLatency(TimeSpan.FromMilliseconds(request.Milliseconds!.Value), TimeSpan.FromSeconds(request.Seconds!.Value));
        return TypedResults.NoContent();
    }

    public static Results<NoContent, ValidationProblem> FailProduceRequests(PartitionErrorsRequest request, BrokerFaults faults, IOptions<BrokerOptions> options)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Topic is null || !options.Value.Topics.Contains(request.Topic, StringComparer.Ordinal))
        {
            errors["topic"] = ["One of the broker's topics."];
        }

        if (request.ErrorCode is not (> 0 and < 1_000))
        {
            errors["errorCode"] = ["A Kafka protocol error code, such as 6 (NOT_LEADER_OR_FOLLOWER) or 29 (TOPIC_AUTHORIZATION_FAILED)."];
        }

        if (request.Count is not (> 0 and <= MaximumErrors))
        {
            errors["count"] = [$"How many produce requests fail: 1 to {MaximumErrors}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        faults.FailProduceRequests(request.Topic!, request.ErrorCode!.Value, request.Count!.Value);
        return TypedResults.NoContent();
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
