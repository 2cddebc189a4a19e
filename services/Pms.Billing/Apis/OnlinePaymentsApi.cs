using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Pms.Billing.Dtos;
using Pms.Billing.Payments;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Billing.Apis;

public static class OnlinePaymentsApi
{
    /// <summary>Stripe's events are a few kilobytes; anything far larger is not one.</summary>
    private const int MaxWebhookBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapOnlinePaymentsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/billing/bills/{id:guid}/checkout", StartCheckout).WithTags("Bills")
            .RequireAuthorization(PmsPolicies.PatientOrStaff).Audited()
            .WithName("StartCheckout").WithSummary("Opens the payment provider's checkout for the bill's balance; an open one for the same balance is returned again.");
        app.MapPost("/api/billing/webhooks/payments", ReceiveWebhook).WithTags("Payments")
            .AllowAnonymous()
            .WithName("PaymentWebhook").WithSummary("The payment provider's signed events; a payment is recorded once however often its event arrives.");
        return app;
    }

    public static async Task<Results<Created<CheckoutDto>, ValidationProblem, ProblemHttpResult>> StartCheckout(
        Guid id, StartCheckoutRequest? request, ClaimsPrincipal user, OnlinePayments payments, CancellationToken cancellationToken) =>
        (await payments.StartCheckoutAsync(id, request ?? new StartCheckoutRequest(null), Caller.From(user), cancellationToken))
            .ToCreated(_ => $"/api/billing/bills/{id}");

    public static async Task<Results<Ok, ProblemHttpResult>> ReceiveWebhook(
        HttpRequest request, IPaymentProvider provider, OnlinePayments payments, PaymentMetrics metrics, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxWebhookBytes)
        {
            return TypedResults.Problem(title: "The event is too large.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        using var reader = new StreamReader(request.Body);
        var payload = await reader.ReadToEndAsync(cancellationToken);
        ProviderCheckout? checkout;
        try
        {
            checkout = provider.ReadWebhook(payload, request.Headers["Stripe-Signature"]);
        }
        catch (InvalidWebhookException invalid)
        {
            metrics.WebhookRejected();
            loggers.CreateLogger(nameof(OnlinePaymentsApi)).LogWarning("A payment webhook was refused: {Reason}", invalid.Message);
            return TypedResults.Problem(title: "The event's signature is not valid.", detail: invalid.Message, statusCode: StatusCodes.Status400BadRequest);
        }

        if (checkout is not null)
        {
            await payments.ApplyAsync(checkout, cancellationToken);
        }

        return TypedResults.Ok();
    }
}
