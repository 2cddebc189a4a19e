namespace Pms.Billing.Payments;

/// <summary>The payment processor that takes money on its own page and says, signed, what it took.</summary>
public interface IPaymentProvider
{
    /// <summary>The provider's name as payments record it, e.g. <c>stripe</c>.</summary>
    string Name { get; }

    Task<ProviderCheckout> CreateCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken);

    Task<ProviderCheckout> GetCheckoutAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>Closes an open checkout so it can take no money; false when it already closed (paid or expired).</summary>
    Task<bool> ExpireCheckoutAsync(string sessionId, CancellationToken cancellationToken);

    /// <summary>The checkout a genuine webhook speaks of, or null for an event PMS does not act on.</summary>
    /// <exception cref="InvalidWebhookException">The signature, its age or the payload is not genuine.</exception>
    ProviderCheckout? ReadWebhook(string payload, string? signatureHeader);

    /// <summary>Sends money back on a payment; the same key never refunds twice. Returns the provider's refund id.</summary>
    /// <exception cref="PaymentProviderException">The provider refused or could not be reached.</exception>
    Task<string> RefundAsync(string providerPaymentReference, decimal amount, string currency, string idempotencyKey, CancellationToken cancellationToken);
}

public sealed record CheckoutRequest(Guid CheckoutId, Guid BillId, string BillNumber, decimal Amount, string Currency, Uri ReturnUrl, DateTimeOffset ExpiresAt);

/// <summary>A checkout as the provider sees it; <see cref="PaymentReference"/> once money was taken.</summary>
public sealed record ProviderCheckout(
    string SessionId,
    string? Url,
    ProviderCheckoutState State,
    decimal Amount,
    string Currency,
    DateTimeOffset ExpiresAt,
    string? PaymentReference);

public enum ProviderCheckoutState
{
    Open,
    Paid,
    Expired,
}

public sealed class InvalidWebhookException(string message, Exception? inner = null) : Exception(message, inner);

public sealed class PaymentProviderException(string message, Exception? inner = null) : Exception(message, inner);
