using Pms.Testing;
using System.Net.Http.Json;
using System.Text.Json;
using Stripe;
using Stripe.Checkout;

namespace Pms.PaymentSandbox.Tests;

/// <summary>Stripe.net, unchanged, against the sandbox: what billing does in every local run.</summary>
public sealed class StripeApiTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task ACheckoutIsCreatedPaidOnceAndRefundedThroughStripesClient()
    {
        var stripe = sandbox.Stripe();
        var created = await CreateSessionAsync(stripe, 4860);

        var (outcome, paymentId) = await PayAsync(created.Id, "4242 4242 4242 4242");
        var again = await PayAsync(created.Id, "4242 4242 4242 4242");
        var paid = await new SessionService(stripe).GetAsync(created.Id, cancellationToken: Cancellation);
        var refund = await new RefundService(stripe).CreateAsync(new RefundCreateOptions { PaymentIntent = paymentId, Amount = 500 }, new RequestOptions { IdempotencyKey = "refund-1" }, Cancellation);
        var sameRefund = await new RefundService(stripe).CreateAsync(new RefundCreateOptions { PaymentIntent = paymentId, Amount = 500 }, new RequestOptions { IdempotencyKey = "refund-1" }, Cancellation);
        var tooMuch = await Assert.ThrowsAsync<StripeException>(() => new RefundService(stripe).CreateAsync(
            new RefundCreateOptions { PaymentIntent = paymentId, Amount = 4361 }, cancellationToken: Cancellation));

        Assert.Equal(("open", "unpaid", 4860L, "usd"), (created.Status, created.PaymentStatus, created.AmountTotal ?? 0, created.Currency));
        Assert.EndsWith($"/checkout/{created.Id}", created.Url, StringComparison.Ordinal);
        Assert.Equal("bill-1", created.Metadata["billId"]);
        Assert.Equal("succeeded", outcome);
        Assert.Equal(("already_paid", paymentId), again);
        Assert.Equal(("complete", "paid", paymentId), (paid.Status, paid.PaymentStatus, paid.PaymentIntentId));
        Assert.Equal((500L, "succeeded", paymentId), (refund.Amount, refund.Status, refund.PaymentIntentId));
        Assert.Equal(refund.Id, sameRefund.Id);
        Assert.Equal("amount_too_large", tooMuch.StripeError.Code);
    }

    [TimedFact]
    public async Task AnExpiredCheckoutTakesNoMoney()
    {
        var stripe = sandbox.Stripe();
        var created = await CreateSessionAsync(stripe, 1000);

        var expired = await new SessionService(stripe).ExpireAsync(created.Id, cancellationToken: Cancellation);
        var attempt = await PayAsync(created.Id, "4242424242424242");
        var expireAgain = await Assert.ThrowsAsync<StripeException>(() => new SessionService(stripe).ExpireAsync(created.Id, cancellationToken: Cancellation));

        Assert.Equal("expired", expired.Status);
        Assert.Equal(("expired", (string?)null), attempt);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, expireAgain.HttpStatusCode);
    }

    [TimedFact]
    public async Task AWrongSecretKeyIsRefusedAsStripeRefusesIt()
    {
        var refused = await Assert.ThrowsAsync<StripeException>(() => CreateSessionAsync(sandbox.Stripe("sk_test_someone_else"), 1000));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.HttpStatusCode);
    }

    [TimedTheory]
    [InlineData("4000 0000 0000 0002", "declined")]
    [InlineData("4000 0000 0000 9995", "insufficient_funds")]
    [InlineData("4242 4242 4242 4241", "incorrect_number")]
    [InlineData("5555 5555 5555 4444", "declined")]
    public async Task ACardOtherThanTheSucceedingOneTakesNothing(string cardNumber, string expected)
    {
        var stripe = sandbox.Stripe();
        var created = await CreateSessionAsync(stripe, 1000);

        var attempt = await PayAsync(created.Id, cardNumber);
        var session = await new SessionService(stripe).GetAsync(created.Id, cancellationToken: Cancellation);

        Assert.Equal((expected, (string?)null), attempt);
        Assert.Equal(("open", "unpaid"), (session.Status, session.PaymentStatus));
    }

    private static Task<Session> CreateSessionAsync(StripeClient stripe, long amount) =>
        new SessionService(stripe).CreateAsync(new SessionCreateOptions
        {
            Mode = "payment",
            LineItems = [new SessionLineItemOptions { Quantity = 1, PriceData = new SessionLineItemPriceDataOptions { Currency = "usd", UnitAmount = amount, ProductData = new() { Name = "Bill" } } }],
            Metadata = new Dictionary<string, string> { ["billId"] = "bill-1" },
            SuccessUrl = "http://localhost/bills/1?checkout={CHECKOUT_SESSION_ID}",
            CancelUrl = "http://localhost/bills/1?checkout=cancelled",
            ExpiresAt = DateTime.UtcNow.AddMinutes(30),
        }, cancellationToken: Cancellation);

    private async Task<(string Outcome, string? PaymentId)> PayAsync(string sessionId, string cardNumber)
    {
        using var client = sandbox.CreateClient();
        using var response = await client.PostAsJsonAsync($"/api/checkout/{sessionId}/pay", new { cardNumber }, Cancellation);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        return (answer.GetProperty("outcome").GetString()!, answer.GetProperty("paymentId").GetString());
    }
}
