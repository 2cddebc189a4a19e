using Microsoft.AspNetCore.Http.HttpResults;

namespace Pms.MailSink;

public static class FaultsApi
{
    public const int MaximumTimes = 100;
    public const int MaximumOutageSeconds = 600;

    public static IEndpointRouteBuilder MapFaultsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/faults/refusals", RefuseNext);
        endpoints.MapPost("/api/faults/outage", RefuseAll);
        return endpoints;
    }

    /// <summary>The next <c>times</c> messages to <c>recipient</c> get "451 try again later".</summary>
    public static Results<NoContent, ValidationProblem> RefuseNext(SmtpFaultRequest request, DeliveryFaults faults)
    {
        if (string.IsNullOrWhiteSpace(request.Recipient) || request.Times is not (> 0 and <= MaximumTimes))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["recipient"] = [$"A recipient and 1 to {MaximumTimes} times are required."],
            });
        }

        faults.RefuseNext(request.Recipient.Trim(), request.Times.Value);
        return TypedResults.NoContent();
    }

    /// <summary>Every message gets "451 try again later" for <c>seconds</c>: the mail server is down for everyone.</summary>
    public static Results<NoContent, ValidationProblem> RefuseAll(SmtpOutageRequest request, DeliveryFaults faults)
    {
        if (request.Seconds is not (> 0 and <= MaximumOutageSeconds))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["seconds"] = [$"How long every message is refused: 1 to {MaximumOutageSeconds} seconds."],
            });
        }

        faults.RefuseAllFor(TimeSpan.FromSeconds(request.Seconds.Value));
        return TypedResults.NoContent();
    }
}
