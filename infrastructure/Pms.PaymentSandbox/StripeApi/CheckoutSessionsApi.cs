using System.Globalization;
using Pms.PaymentSandbox.Checkouts;
using Pms.PaymentSandbox.Webhooks;

namespace Pms.PaymentSandbox.StripeApi;

/// <summary>Stripe's <c>/v1/checkout/sessions</c>: create, retrieve and expire, form-encoded as Stripe's clients send them.</summary>
public static class CheckoutSessionsApi
{
    public static IEndpointRouteBuilder MapCheckoutSessionsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/v1/checkout/sessions").AddEndpointFilter<SecretKeyFilter>();
        api.MapPost("/", Create).DisableAntiforgery();
        api.MapGet("/{id}", Retrieve);
        api.MapPost("/{id}/expire", Expire).DisableAntiforgery();
        return endpoints;
    }

    public static async Task<IResult> Create(HttpRequest request, CheckoutStore store, IdempotentResponses responses, TimeProvider clock)
    {
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var lines = LineItems(form);
        if (lines.Count == 0 || lines.Any(line => line.UnitAmount <= 0 || line.Quantity <= 0 || string.IsNullOrEmpty(line.Currency)))
        {
            return Results.Json(StripeObjects.Error("invalid_request_error", "line_items with a positive price_data[unit_amount], quantity and currency are required.", parameter: "line_items"), statusCode: 400);
        }

        if (lines.Select(line => line.Currency).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            return Results.Json(StripeObjects.Error("invalid_request_error", "All line_items must have the same currency.", parameter: "line_items"), statusCode: 400);
        }

        var now = clock.GetUtcNow();
        var expiresAt = long.TryParse(form["expires_at"], CultureInfo.InvariantCulture, out var unix) ? DateTimeOffset.FromUnixTimeSeconds(unix) : now.AddHours(24);
        if (expiresAt <= now)
        {
            return Results.Json(StripeObjects.Error("invalid_request_error", "expires_at must be in the future.", parameter: "expires_at"), statusCode: 400);
        }

        var baseUrl = $"{request.Scheme}://{request.Host}";
        var json = responses.Once(request, () => StripeObjects.Session(store.Add(new CheckoutSession
        {
            Id = CheckoutStore.NewId("cs"),
            AmountTotal = lines.Sum(line => line.UnitAmount * line.Quantity),
            Currency = lines[0].Currency,
            CreatedAt = now,
            ExpiresAt = expiresAt,
            SuccessUrl = form["success_url"],
            CancelUrl = form["cancel_url"],
            ClientReferenceId = form["client_reference_id"],
            Metadata = Bracketed(form, "metadata"),
        }), baseUrl));
        return Results.Json(json);
    }

    public static IResult Retrieve(string id, HttpRequest request, CheckoutStore store) =>
        store.Find(id) is { } session
            ? Results.Json(StripeObjects.Session(session, $"{request.Scheme}://{request.Host}"))
            : NoSuchSession(id);

    public static IResult Expire(string id, CheckoutStore store, WebhookQueue webhooks)
    {
        if (store.Find(id) is not { } session)
        {
            return NoSuchSession(id);
        }

        lock (session)
        {
            if (session.Status != CheckoutStatus.Open)
            {
                return Results.Json(StripeObjects.Error("invalid_request_error", $"Only open sessions can be expired; this one is {session.Status}."), statusCode: 400);
            }

            session.Status = CheckoutStatus.Expired;
        }

        webhooks.Enqueue(StripeObjects.Event("checkout.session.expired", StripeObjects.Session(session)));
        return Results.Json(StripeObjects.Session(session));
    }

    public static IResult NoSuchSession(string id) =>
        Results.Json(StripeObjects.Error("invalid_request_error", $"No such checkout.session: '{id}'", "resource_missing", "id"), statusCode: 404);

    private sealed record LineItem(long UnitAmount, long Quantity, string Currency);

    private static List<LineItem> LineItems(IFormCollection form)
    {
        var lines = new List<LineItem>();
        for (var index = 0; form.ContainsKey($"line_items[{index}][quantity]") || form.ContainsKey($"line_items[{index}][price_data][unit_amount]"); index++)
        {
            var prefix = $"line_items[{index}]";
            lines.Add(new LineItem(
                long.TryParse(form[$"{prefix}[price_data][unit_amount]"], CultureInfo.InvariantCulture, out var amount) ? amount : 0,
                long.TryParse(form[$"{prefix}[quantity]"], CultureInfo.InvariantCulture, out var quantity) ? quantity : 0,
                form[$"{prefix}[price_data][currency]"].ToString().ToLowerInvariant()));
        }

        return lines;
    }

    /// <summary>Stripe's nested form keys, e.g. <c>metadata[billId]=…</c>.</summary>
    public static Dictionary<string, string> Bracketed(IFormCollection form, string name) =>
        form.Where(pair => pair.Key.StartsWith($"{name}[", StringComparison.Ordinal) && pair.Key.EndsWith(']'))
            .ToDictionary(pair => pair.Key[(name.Length + 1)..^1], pair => pair.Value.ToString(), StringComparer.Ordinal);
}
