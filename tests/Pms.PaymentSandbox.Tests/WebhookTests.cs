using Pms.Testing;
using System.Net.Http.Json;
using Stripe;
using Stripe.Checkout;

namespace Pms.PaymentSandbox.Tests;

public sealed class WebhookTests(SandboxFactory sandbox) : IClassFixture<SandboxFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task AnEventNotAnswered2xxIsSentAgainUntilItIsAndEveryAttemptIsSignedAsStripeSignsIt()
    {
        var stripe = sandbox.Stripe();
        var session = await new SessionService(stripe).CreateAsync(new SessionCreateOptions
        {
            Mode = "payment",
            LineItems = [new SessionLineItemOptions { Quantity = 1, PriceData = new SessionLineItemPriceDataOptions { Currency = "usd", UnitAmount = 2500, ProductData = new() { Name = "Bill" } } }],
            SuccessUrl = "http://localhost/done",
        }, cancellationToken: Cancellation);
        sandbox.Receiver.RefuseNext(2);

        using var client = sandbox.CreateClient();
        using var paid = await client.PostAsJsonAsync($"/api/checkout/{session.Id}/pay", new { cardNumber = "4242424242424242" }, Cancellation);
        var deliveries = await EventuallyAsync(() => sandbox.Receiver.Deliveries.Where(delivery => delivery.Payload.Contains(session.Id, StringComparison.Ordinal)).ToList(),
            found => found.Any(delivery => delivery.Answer == 200));

        Assert.Equal([503, 503, 200], deliveries.Select(delivery => delivery.Answer));
        Assert.Single(deliveries.Select(delivery => delivery.Payload).Distinct());
        var events = deliveries.Select(delivery => EventUtility.ConstructEvent(delivery.Payload, delivery.Signature, SandboxFactory.WebhookSecret)).ToList();
        Assert.All(events, stripeEvent =>
        {
            Assert.Equal("checkout.session.completed", stripeEvent.Type);
            var completed = Assert.IsType<Session>(stripeEvent.Data.Object);
            Assert.Equal((session.Id, "paid", 2500L), (completed.Id, completed.PaymentStatus, completed.AmountTotal ?? 0));
        });
        Assert.ThrowsAny<StripeException>(() => EventUtility.ConstructEvent(deliveries[0].Payload, deliveries[0].Signature, "whsec_someone_else"));
    }

    private static async Task<T> EventuallyAsync<T>(Func<T> read, Func<T, bool> done)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        for (var polls = 0; polls < 200; polls++)
        {
            if (read() is var value && done(value))
            {
                return value;
            }

            await timer.WaitForNextTickAsync(Cancellation);
        }

        return read();
    }
}
