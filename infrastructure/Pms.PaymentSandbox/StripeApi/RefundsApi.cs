using System.Globalization;
using System.Text.Json.Nodes;
using Pms.PaymentSandbox.Checkouts;

namespace Pms.PaymentSandbox.StripeApi;

/// <summary>Stripe's <c>/v1/refunds</c>: money back to the card of a payment intent, at most what it took.</summary>
public static class RefundsApi
{
    public static IEndpointRouteBuilder MapRefundsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/v1/refunds").AddEndpointFilter<SecretKeyFilter>();
        api.MapPost("/", Create).DisableAntiforgery();
        api.MapGet("/", List);
        return endpoints;
    }

    public static async Task<IResult> Create(HttpRequest request, CheckoutStore store, IdempotentResponses responses, TimeProvider clock, ILoggerFactory loggers)
    {
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var paymentIntentId = form["payment_intent"].ToString();
        if (store.FindByPaymentIntent(paymentIntentId) is not { } session)
        {
            return Results.Json(StripeObjects.Error("invalid_request_error", $"No such payment_intent: '{paymentIntentId}'", "resource_missing", "payment_intent"), statusCode: 404);
        }

        var json = responses.Once(request, () =>
        {
            lock (session)
            {
                var amount = long.TryParse(form["amount"], CultureInfo.InvariantCulture, out var requested) ? requested : session.Refundable;
                if (amount <= 0 || amount > session.Refundable)
                {
                    return StripeObjects.Error("invalid_request_error",
                        $"Refund amount ({amount}) is greater than the amount that can be refunded ({session.Refundable}).", "amount_too_large", "amount");
                }

                var refund = new SandboxRefund(CheckoutStore.NewId("re"), paymentIntentId, amount, session.Currency, NullIfEmpty(form["reason"]),
                    clock.GetUtcNow(), CheckoutSessionsApi.Bracketed(form, "metadata"));
                session.Refunds.Add(refund);
                loggers.CreateLogger(nameof(RefundsApi)).LogInformation("Refund {RefundId}: {Amount} {Currency} back on {PaymentIntentId}.", refund.Id, amount, refund.Currency, paymentIntentId);
                return StripeObjects.Refund(refund);
            }
        });
        return json.ContainsKey("error") ? Results.Json(json, statusCode: 400) : Results.Json(json);
    }

    public static IResult List(string? payment_intent, CheckoutStore store)
    {
        var refunds = payment_intent is not null && store.FindByPaymentIntent(payment_intent) is { } session
            ? session.Refunds.Select(StripeObjects.Refund).ToArray()
            : [];
        return Results.Json(new JsonObject
        {
            ["object"] = "list",
            ["url"] = "/v1/refunds",
            ["has_more"] = false,
            ["data"] = new JsonArray([.. refunds]),
        });
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
