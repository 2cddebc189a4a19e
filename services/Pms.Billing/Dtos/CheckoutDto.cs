using Pms.Billing.Model;

namespace Pms.Billing.Dtos;

public sealed record CheckoutDto(string SessionId, string CheckoutUrl, decimal Amount, string Currency, DateTimeOffset ExpiresAt)
{
    public static CheckoutDto From(Checkout checkout) => new(checkout.SessionId, checkout.Url, checkout.Amount, checkout.Currency, checkout.ExpiresAt);
}
