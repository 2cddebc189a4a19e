using Microsoft.AspNetCore.Http.HttpResults;

namespace Pms.PaymentSandbox.Webhooks;

public static class WebhookFaultsApi
{
    public sealed record LoseWebhooksRequest(string? SessionId);

    public static IEndpointRouteBuilder MapWebhookFaultsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/faults/lose-webhooks", LoseEventsOf);
        return endpoints;
    }

    /// <summary>No event about <c>sessionId</c> is ever delivered: what reconciliation exists to recover from.</summary>
    public static Results<NoContent, ValidationProblem> LoseEventsOf(LoseWebhooksRequest request, WebhookQueue queue)
    {
        if (string.IsNullOrWhiteSpace(request.SessionId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["sessionId"] = ["The checkout session whose events are lost is required."] });
        }

        queue.LoseEventsOf(request.SessionId.Trim());
        return TypedResults.NoContent();
    }
}
