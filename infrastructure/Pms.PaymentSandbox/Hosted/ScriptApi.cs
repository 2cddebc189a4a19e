using Pms.PaymentSandbox.Checkouts;
using Pms.PaymentSandbox.StripeApi;

namespace Pms.PaymentSandbox.Hosted;

/// <summary>What the hosted page does, for scripts and tests: pay a session with a card number, and look at it.</summary>
public static class ScriptApi
{
    public sealed record PayRequest(string? CardNumber);

    public sealed record PayResponse(string Outcome, string? PaymentId, string Message);

    public sealed record RefundSummary(string Id, long Amount);

    public sealed record SessionSummary(string Id, string Status, string? PaymentId, long AmountTotal, string Currency, IReadOnlyList<RefundSummary> Refunds);

    public static IEndpointRouteBuilder MapScriptApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/checkout/{id}/pay", Pay);
        endpoints.MapGet("/api/checkout/{id}", Get);
        return endpoints;
    }

    public static IResult Pay(string id, PayRequest request, CheckoutStore store, CheckoutPayments payments)
    {
        if (store.Find(id) is not { } session)
        {
            return CheckoutSessionsApi.NoSuchSession(id);
        }

        var (outcome, paymentId) = payments.Pay(session, request.CardNumber);
        return Results.Ok(new PayResponse(CheckoutPayments.Code(outcome), paymentId, CheckoutPayments.Describe(outcome)));
    }

    public static IResult Get(string id, CheckoutStore store)
    {
        if (store.Find(id) is not { } session)
        {
            return CheckoutSessionsApi.NoSuchSession(id);
        }

        lock (session)
        {
            return Results.Ok(new SessionSummary(session.Id, session.Status, session.PaymentIntentId, session.AmountTotal, session.Currency,
                [.. session.Refunds.Select(refund => new RefundSummary(refund.Id, refund.Amount))]));
        }
    }
}
