using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;

namespace Pms.Billing.Payments;

/// <summary>
/// Stripe Checkout through Stripe.net. The same code talks to Stripe in production and to the local
/// payment sandbox, which speaks Stripe's API and signs its webhooks the same way.
/// </summary>
public sealed class StripePaymentProvider : IPaymentProvider, IDisposable
{
    private const string CheckoutCompleted = "checkout.session.completed";
    private const string CheckoutExpired = "checkout.session.expired";
    private const string CheckoutAsyncPaymentSucceeded = "checkout.session.async_payment_succeeded";

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly StripeClient _client;
    private readonly PaymentOptions _options;

    public StripePaymentProvider(IOptions<PaymentOptions> options)
    {
        _options = options.Value;
        _client = new StripeClient(new StripeClientOptions
        {
            ApiKey = _options.SecretKey,
            ApiBase = _options.ApiBase?.ToString().TrimEnd('/'),

            // Stripe's own client retries network failures with the request's idempotency key, so a retry never charges twice.
            HttpClient = new SystemNetHttpClient(_http, maxNetworkRetries: 2),
        });
    }

    public string Name => "stripe";

    public async Task<ProviderCheckout> CreateCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        var metadata = new Dictionary<string, string> { ["billId"] = request.BillId.ToString(), ["checkoutId"] = request.CheckoutId.ToString() };
        var options = new SessionCreateOptions
        {
            Mode = "payment",
            ClientReferenceId = request.BillId.ToString(),
            LineItems =
            [
                new SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new SessionLineItemPriceDataOptions
                    {
                        Currency = request.Currency.ToLowerInvariant(),
                        UnitAmount = MinorUnits(request.Amount),
                        ProductData = new SessionLineItemPriceDataProductDataOptions { Name = $"Bill {request.BillNumber}" },
                    },
                },
            ],
            Metadata = metadata,
            PaymentIntentData = new SessionPaymentIntentDataOptions { Metadata = metadata },
            SuccessUrl = WithQuery(request.ReturnUrl, "checkout={CHECKOUT_SESSION_ID}"),
            CancelUrl = WithQuery(request.ReturnUrl, "checkout=cancelled"),
            ExpiresAt = request.ExpiresAt.UtcDateTime,
        };
        var session = await CallAsync(() => new SessionService(_client).CreateAsync(
            options, new RequestOptions { IdempotencyKey = request.CheckoutId.ToString() }, cancellationToken));
        return Checkout(session);
    }

    public async Task<ProviderCheckout> GetCheckoutAsync(string sessionId, CancellationToken cancellationToken) =>
        Checkout(await CallAsync(() => new SessionService(_client).GetAsync(sessionId, cancellationToken: cancellationToken)));

    public async Task<bool> ExpireCheckoutAsync(string sessionId, CancellationToken cancellationToken)
    {
        try
        {
            await new SessionService(_client).ExpireAsync(sessionId, cancellationToken: cancellationToken);
            return true;
        }
        catch (StripeException refused) when (refused.StripeError?.Type == "invalid_request_error" && refused.HttpStatusCode == System.Net.HttpStatusCode.BadRequest)
        {
            return false;
        }
        catch (Exception failure) when (failure is StripeException or HttpRequestException)
        {
            throw new PaymentProviderException($"The payment provider could not close checkout {sessionId}: {failure.Message}", failure);
        }
    }

    public ProviderCheckout? ReadWebhook(string payload, string? signatureHeader)
    {
        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(payload, signatureHeader ?? "", _options.WebhookSecret,
                (long)_options.WebhookTolerance.TotalSeconds, throwOnApiVersionMismatch: true);
        }
        catch (StripeException invalid)
        {
            throw new InvalidWebhookException(invalid.Message, invalid);
        }
        catch (Newtonsoft.Json.JsonException unreadable)
        {
            throw new InvalidWebhookException("The event is not readable JSON.", unreadable);
        }

        return stripeEvent.Type is CheckoutCompleted or CheckoutExpired or CheckoutAsyncPaymentSucceeded && stripeEvent.Data.Object is Session session
            ? Checkout(session)
            : null;
    }

    public async Task<string> RefundAsync(string providerPaymentReference, decimal amount, string currency, string idempotencyKey, CancellationToken cancellationToken)
    {
        var refund = await CallAsync(() => new RefundService(_client).CreateAsync(
            new RefundCreateOptions { PaymentIntent = providerPaymentReference, Amount = MinorUnits(amount) },
            new RequestOptions { IdempotencyKey = idempotencyKey }, cancellationToken));
        return refund.Id;
    }

    public void Dispose() => _http.Dispose();

    private static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception failure) when (failure is StripeException or HttpRequestException)
        {
            throw new PaymentProviderException($"The payment provider refused or could not be reached: {failure.Message}", failure);
        }
    }

    private static ProviderCheckout Checkout(Session session) => new(
        session.Id,
        session.Url,
        session.PaymentStatus == "paid" ? ProviderCheckoutState.Paid
            : session.Status == "expired" ? ProviderCheckoutState.Expired
            : ProviderCheckoutState.Open,
        (session.AmountTotal ?? 0) / 100m,
        (session.Currency ?? "").ToUpperInvariant(),
        new DateTimeOffset(DateTime.SpecifyKind(session.ExpiresAt, DateTimeKind.Utc)),
        session.PaymentIntentId);

    /// <summary>Stripe counts in the currency's smallest unit; PMS's currencies have two decimals.</summary>
    private static long MinorUnits(decimal amount) => (long)decimal.Round(amount * 100m, 0, MidpointRounding.AwayFromZero);

    private static string WithQuery(Uri url, string query) =>
        url.ToString() + (string.IsNullOrEmpty(url.Query) ? "?" : "&") + query;
}
