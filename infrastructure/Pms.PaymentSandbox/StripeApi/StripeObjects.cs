using System.Text.Json.Nodes;
using Pms.PaymentSandbox.Checkouts;

namespace Pms.PaymentSandbox.StripeApi;

/// <summary>The JSON shapes of Stripe's API objects, with the fields a Checkout integration reads.</summary>
public static class StripeObjects
{
    public static JsonObject Session(CheckoutSession session, string? baseUrl = null) => new()
    {
        ["id"] = session.Id,
        ["object"] = "checkout.session",
        ["amount_total"] = session.AmountTotal,
        ["amount_subtotal"] = session.AmountTotal,
        ["currency"] = session.Currency,
        ["client_reference_id"] = session.ClientReferenceId,
        ["created"] = session.CreatedAt.ToUnixTimeSeconds(),
        ["expires_at"] = session.ExpiresAt.ToUnixTimeSeconds(),
        ["livemode"] = false,
        ["metadata"] = Metadata(session.Metadata),
        ["mode"] = "payment",
        ["payment_intent"] = session.PaymentIntentId,
        ["payment_status"] = session.IsPaid ? "paid" : "unpaid",
        ["status"] = session.Status,
        ["success_url"] = session.SuccessUrl,
        ["cancel_url"] = session.CancelUrl,
        ["url"] = session.Status == CheckoutStatus.Open && baseUrl is not null ? $"{baseUrl.TrimEnd('/')}/checkout/{session.Id}" : null,
    };

    public static JsonObject Refund(SandboxRefund refund) => new()
    {
        ["id"] = refund.Id,
        ["object"] = "refund",
        ["amount"] = refund.Amount,
        ["currency"] = refund.Currency,
        ["created"] = refund.CreatedAt.ToUnixTimeSeconds(),
        ["metadata"] = Metadata(refund.Metadata),
        ["payment_intent"] = refund.PaymentIntentId,
        ["reason"] = refund.Reason,
        ["status"] = "succeeded",
    };

    public static JsonObject Event(string type, JsonObject data) => new()
    {
        ["id"] = CheckoutStore.NewId("evt"),
        ["object"] = "event",
        ["type"] = type,
        ["livemode"] = false,
        ["pending_webhooks"] = 1,
        ["data"] = new JsonObject { ["object"] = data },
    };

    public static JsonObject Error(string type, string message, string? code = null, string? parameter = null) => new()
    {
        ["error"] = new JsonObject { ["type"] = type, ["message"] = message, ["code"] = code, ["param"] = parameter },
    };

    private static JsonObject Metadata(IReadOnlyDictionary<string, string> metadata) =>
        new(metadata.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value)));
}
