using Pms.Testing;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pms.Billing.Model;
using Pms.Billing.Tests.Infrastructure;

namespace Pms.Billing.Tests;

/// <summary>Billing's side of the provider's webhook: only a genuine, fresh signature records money, and only once.</summary>
public sealed class PaymentWebhookTests(BillingApp app)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task AGenuineCompletedCheckoutRecordsItsPaymentOnceHoweverOftenItArrives()
    {
        var (bill, checkout) = await OpenCheckoutAsync(48.60m);
        var payload = CompletedEvent(checkout, 4860, "pi_once");
        using var client = app.CreateClient();

        var answers = new List<HttpStatusCode>();
        for (var delivery = 0; delivery < 4; delivery++)
        {
            using var response = await client.SendAsync(Webhook(payload, Sign(payload, BillingApp.WebhookSecret, DateTimeOffset.UtcNow)), Cancellation);
            answers.Add(response.StatusCode);
        }

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer));
        await using var db = app.Db();
        var stored = await db.Bills.Include(candidate => candidate.Payments).SingleAsync(candidate => candidate.Id == bill.Id, Cancellation);
        var payment = Assert.Single(stored.Payments);
        Assert.Equal((48.60m, PaymentMethod.Online, "stripe", "pi_once"), (payment.Amount, payment.Method, payment.Provider, payment.ProviderReference));
        Assert.Equal((BillStatus.Paid, 48.60m), (stored.Status, stored.AmountPaid));
        Assert.Equal(CheckoutStatus.Completed, (await db.Checkouts.SingleAsync(candidate => candidate.Id == checkout.Id, Cancellation)).Status);
    }

    public static TheoryData<string> NotGenuine => new() { "forged", "other secret", "five minutes old", "unsigned" };

    [TimedTheory]
    [MemberData(nameof(NotGenuine))]
    public async Task AnEventThatIsNotGenuineIsRefusedAndRecordsNothing(string kind)
    {
        var (bill, checkout) = await OpenCheckoutAsync(20m);
        var payload = CompletedEvent(checkout, 2000, $"pi_{Guid.NewGuid():N}");
        var signature = kind switch
        {
            "forged" => Sign(payload, BillingApp.WebhookSecret, DateTimeOffset.UtcNow).Replace("v1=", "v1=00", StringComparison.Ordinal)[..^2],
            "other secret" => Sign(payload, "whsec_someone_else", DateTimeOffset.UtcNow),
            "five minutes old" => Sign(payload, BillingApp.WebhookSecret, DateTimeOffset.UtcNow.AddMinutes(-5).AddSeconds(-5)),
            _ => null,
        };
        using var client = app.CreateClient();

        using var response = await client.SendAsync(Webhook(payload, signature), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await using var db = app.Db();
        Assert.False(await db.Bills.Where(candidate => candidate.Id == bill.Id).SelectMany(candidate => candidate.Payments).AnyAsync(Cancellation));
    }

    [TimedFact]
    public async Task AnEventForACheckoutPmsNeverOpenedIsAcknowledgedAndChangesNothing()
    {
        var checkout = new Checkout { Id = Guid.NewGuid(), SessionId = $"cs_test_{Guid.NewGuid():N}", Currency = "USD" };
        var payload = CompletedEvent(checkout, 1000, "pi_stranger");
        using var client = app.CreateClient();

        using var response = await client.SendAsync(Webhook(payload, Sign(payload, BillingApp.WebhookSecret, DateTimeOffset.UtcNow)), Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = app.Db();
        Assert.False(await db.Set<Payment>().AnyAsync(payment => payment.ProviderReference == "pi_stranger", Cancellation));
    }

    private async Task<(Bill Bill, Checkout Checkout)> OpenCheckoutAsync(decimal total)
    {
        var bill = new Bill { Id = Guid.NewGuid(), Number = $"T-{Guid.NewGuid():N}"[..20], PatientId = Guid.NewGuid(), BillType = BillType.Other, Status = BillStatus.Issued, Currency = "USD", IssuedAt = DateTimeOffset.UtcNow };
        bill.AddLine(null, "Certificate", 1, total, taxRate: 0m);
        var checkout = new Checkout
        {
            Id = Guid.NewGuid(),
            BillId = bill.Id,
            SessionId = $"cs_test_{Guid.NewGuid():N}",
            Url = "http://127.0.0.1:9/checkout",
            Amount = total,
            Currency = "USD",
            Status = CheckoutStatus.Open,
            CreatedAt = DateTimeOffset.UtcNow,
            ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(30),
            CreatedBy = "test",
        };
        await using var db = app.Db();
        db.Bills.Add(bill);
        db.Checkouts.Add(checkout);
        await db.SaveChangesAsync(Cancellation);
        return (bill, checkout);
    }

    private static string CompletedEvent(Checkout checkout, long amountTotal, string paymentIntent) => new JsonObject
    {
        ["id"] = $"evt_{Guid.NewGuid():N}",
        ["object"] = "event",
        ["api_version"] = Stripe.StripeConfiguration.ApiVersion,
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["type"] = "checkout.session.completed",
        ["livemode"] = false,
        ["data"] = new JsonObject
        {
            ["object"] = new JsonObject
            {
                ["id"] = checkout.SessionId,
                ["object"] = "checkout.session",
                ["amount_total"] = amountTotal,
                ["currency"] = "usd",
                ["expires_at"] = DateTimeOffset.UtcNow.AddMinutes(30).ToUnixTimeSeconds(),
                ["metadata"] = new JsonObject { ["billId"] = checkout.BillId.ToString() },
                ["payment_intent"] = paymentIntent,
                ["payment_status"] = "paid",
                ["status"] = "complete",
            },
        },
    }.ToJsonString();

    /// <summary>Stripe's scheme, written out here so the test does not lean on the code under test.</summary>
    private static string Sign(string payload, string secret, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds();
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(signature)}";
    }

    private static HttpRequestMessage Webhook(string payload, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/billing/webhooks/payments") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.Add("Stripe-Signature", signature);
        }

        return request;
    }
}
