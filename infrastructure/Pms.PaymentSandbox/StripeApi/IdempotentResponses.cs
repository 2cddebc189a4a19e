using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Pms.PaymentSandbox.StripeApi;

/// <summary>Stripe's <c>Idempotency-Key</c>: a POST repeated with the same key gets the first answer and does nothing twice.</summary>
public sealed class IdempotentResponses
{
    private readonly ConcurrentDictionary<string, Lazy<JsonObject>> _responses = new(StringComparer.Ordinal);

    public JsonObject Once(HttpRequest request, Func<JsonObject> create)
    {
        var key = request.Headers["Idempotency-Key"].ToString();
        if (string.IsNullOrEmpty(key))
        {
            return create();
        }

        return _responses.GetOrAdd($"{request.Path}|{key}", _ => new Lazy<JsonObject>(create)).Value;
    }
}
