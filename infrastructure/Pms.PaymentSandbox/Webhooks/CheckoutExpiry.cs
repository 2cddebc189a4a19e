using Pms.PaymentSandbox.Checkouts;
using Pms.PaymentSandbox.StripeApi;

namespace Pms.PaymentSandbox.Webhooks;

/// <summary>Closes sessions whose time is up and announces each with <c>checkout.session.expired</c>.</summary>
public sealed class CheckoutExpiry(CheckoutStore store, WebhookQueue webhooks, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var session in store.ExpireDue())
            {
                webhooks.Enqueue(StripeObjects.Event("checkout.session.expired", StripeObjects.Session(session)));
            }
        }
    }
}
