using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pms.EndToEnd.Tests;

/// <summary>A patient pays on the payment provider's page; billing changes only when the provider's signed webhook (or reconciliation) says money was taken.</summary>
public sealed class OnlinePaymentsTests(PmsAppFixture fixture)
{
    private readonly PmsClient _client = new(fixture);
    private readonly PatientDatabase _database = new(fixture);
    private readonly PaymentSandbox _sandbox = new(fixture);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task APatientPaysOnTheProvidersPageAndTheBillIsPaidOnceTheWebhookLands()
    {
        var (patient, email, billId) = await PatientWithRegistrationBillAsync();
        var before = await BillAsync(patient, billId);

        var opened = DateTimeOffset.UtcNow;
        var checkout = await PaymentSandbox.CheckoutAsync(patient, billId, Cancellation);
        var again = await PaymentSandbox.CheckoutAsync(patient, billId, Cancellation);
        var sessionId = checkout.GetProperty("sessionId").GetString()!;
        var unpaidWhileOpen = await BillAsync(patient, billId);
        var (outcome, paymentId) = await _sandbox.PayAsync(sessionId, PaymentSandbox.SucceedingCard, Cancellation);
        var paid = await WaitForStatusAsync(patient, billId, "Paid");
        var paidAfter = DateTimeOffset.UtcNow - opened;

        // Sooner than reconciliation would look at the checkout: the webhook recorded the payment, no fallback repaired it.
        Assert.True(paidAfter < PmsAppFixture.ReconcileAfter, $"The bill was Paid only {paidAfter} after the checkout opened.");
        Assert.Equal(before.GetProperty("balance").GetDecimal(), checkout.GetProperty("amount").GetDecimal());
        Assert.Equal("USD", checkout.GetProperty("currency").GetString());
        Assert.StartsWith("http://localhost:", checkout.GetProperty("checkoutUrl").GetString(), StringComparison.Ordinal);
        Assert.True(checkout.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(20));
        Assert.Equal(sessionId, again.GetProperty("sessionId").GetString());
        Assert.Equal("Issued", unpaidWhileOpen.GetProperty("status").GetString());
        Assert.Equal("succeeded", outcome);
        var payment = Assert.Single(paid.GetProperty("payments").EnumerateArray());
        Assert.Equal(("Online", "stripe", paymentId), (payment.GetProperty("method").GetString(), payment.GetProperty("provider").GetString(), payment.GetProperty("providerReference").GetString()));
        Assert.Equal(before.GetProperty("balance").GetDecimal(), payment.GetProperty("amount").GetDecimal());
        await new MailSink(fixture).WaitForAsync(email, "Receipt:", Cancellation);
        using var afterPaid = await patient.PostAsJsonAsync($"/api/billing/bills/{billId}/checkout", new { }, Cancellation);
        Assert.Equal(HttpStatusCode.Conflict, afterPaid.StatusCode);

        // Each checkout asked for is on the bill's audit trail, the refused one with its status.
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());
        var checkouts = await Eventually.GetAsync(async () =>
        {
            var page = await admin.GetFromJsonAsync<JsonElement>("/api/audit?resourceType=Bill&action=Update&pageSize=100", Cancellation);
            var statuses = page.GetProperty("items").EnumerateArray()
                .Where(item => item.GetProperty("resourceId").GetString() == billId.ToString())
                .Select(item => item.GetProperty("status").GetInt32()).ToList();
            return statuses.Count >= 3 ? statuses : null;
        }, TimeSpan.FromSeconds(30), Cancellation);
        Assert.Equal([201, 201, 409], checkouts.Order());
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task DeclinedAndInsufficientFundsCardsTakeNothingAndTheNextGoodCardPaysOnce()
    {
        var (patient, _, billId) = await PatientWithRegistrationBillAsync();
        var sessionId = (await PaymentSandbox.CheckoutAsync(patient, billId, Cancellation)).GetProperty("sessionId").GetString()!;

        var declined = await _sandbox.PayAsync(sessionId, PaymentSandbox.DeclinedCard, Cancellation);
        var insufficient = await _sandbox.PayAsync(sessionId, PaymentSandbox.InsufficientFundsCard, Cancellation);
        var stillUnpaid = await BillAsync(patient, billId);
        var good = await _sandbox.PayAsync(sessionId, PaymentSandbox.SucceedingCard, Cancellation);
        var paid = await WaitForStatusAsync(patient, billId, "Paid");

        Assert.Equal(("declined", (string?)null), declined);
        Assert.Equal(("insufficient_funds", (string?)null), insufficient);
        Assert.Equal(("Issued", 0m), (stillUnpaid.GetProperty("status").GetString(), stillUnpaid.GetProperty("amountPaid").GetDecimal()));
        Assert.Equal("succeeded", good.Outcome);
        Assert.Single(paid.GetProperty("payments").EnumerateArray());
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AnExpiredCheckoutCannotBePaidAndTheNextCheckoutIsANewOne()
    {
        var (patient, _, billId) = await PatientWithRegistrationBillAsync();
        var sessionId = (await PaymentSandbox.CheckoutAsync(patient, billId, Cancellation)).GetProperty("sessionId").GetString()!;

        await _sandbox.ExpireAsync(sessionId, Cancellation);
        var attempt = await _sandbox.PayAsync(sessionId, PaymentSandbox.SucceedingCard, Cancellation);
        await _database.WaitForCheckoutStatusAsync(sessionId, "Expired", Cancellation);
        var next = await PaymentSandbox.CheckoutAsync(patient, billId, Cancellation);
        var bill = await BillAsync(patient, billId);

        Assert.Equal(("expired", (string?)null), attempt);
        Assert.NotEqual(sessionId, next.GetProperty("sessionId").GetString());
        Assert.Equal(("Issued", 0), (bill.GetProperty("status").GetString(), bill.GetProperty("payments").GetArrayLength()));
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AWebhookLostOnTheWayIsRecoveredByReconciliation()
    {
        var (patient, _, billId) = await PatientWithRegistrationBillAsync();
        var sessionId = (await PaymentSandbox.CheckoutAsync(patient, billId, Cancellation)).GetProperty("sessionId").GetString()!;
        await _sandbox.LoseWebhooksOfAsync(sessionId, Cancellation);

        var (outcome, paymentId) = await _sandbox.PayAsync(sessionId, PaymentSandbox.SucceedingCard, Cancellation);
        var paid = await WaitForStatusAsync(patient, billId, "Paid");

        Assert.Equal("succeeded", outcome);
        Assert.Equal(paymentId, Assert.Single(paid.GetProperty("payments").EnumerateArray()).GetProperty("providerReference").GetString());
        await _database.WaitForCheckoutStatusAsync(sessionId, "Completed", Cancellation);
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AForgedWebhookIsRefusedAndAGenuineOneReplayedChangesNothing()
    {
        var (patient, _, billId) = await PatientWithRegistrationBillAsync();
        var sessionId = (await PaymentSandbox.CheckoutAsync(patient, billId, Cancellation)).GetProperty("sessionId").GetString()!;
        var (_, paymentId) = await _sandbox.PayAsync(sessionId, PaymentSandbox.SucceedingCard, Cancellation);
        var paid = await WaitForStatusAsync(patient, billId, "Paid");
        var payload = CompletedEvent(sessionId, paymentId!, 2500);
        using var anonymous = _client.Gateway();

        using var forged = await PostWebhookAsync(anonymous, payload, "whsec_not_the_hospitals");
        var replays = new List<HttpStatusCode>();
        for (var replay = 0; replay < 3; replay++)
        {
            using var response = await PostWebhookAsync(anonymous, payload, PmsAppFixture.PaymentsWebhookSecret);
            replays.Add(response.StatusCode);
        }

        var after = await BillAsync(patient, billId);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("application/problem+json", forged.Content.Headers.ContentType?.MediaType);
        Assert.All(replays, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(paid.GetProperty("amountPaid").GetDecimal(), after.GetProperty("amountPaid").GetDecimal());
        Assert.Single(after.GetProperty("payments").EnumerateArray());
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AWebhookAndADeskPaymentRacingLeaveNoOverpaymentStanding()
    {
        var (patient, _, billId) = await PatientWithRegistrationBillAsync();
        using var staff = await SignedInAsync(PmsRoles.Staff);
        var checkout = await PaymentSandbox.CheckoutAsync(patient, billId, Cancellation);
        var sessionId = checkout.GetProperty("sessionId").GetString()!;
        var balance = checkout.GetProperty("amount").GetDecimal();

        var online = _sandbox.PayAsync(sessionId, PaymentSandbox.SucceedingCard, Cancellation);
        var desk = DeskPaymentAsync(staff, billId, balance);
        await Task.WhenAll(online, desk);
        var settled = await Eventually.GetAsync(async () =>
        {
            var bill = await BillAsync(staff, billId);
            var payments = bill.GetProperty("payments").EnumerateArray().ToList();
            var onlinePayment = payments.SingleOrDefault(payment => payment.GetProperty("method").GetString() == "Online");
            return onlinePayment.ValueKind == JsonValueKind.Object
                && (onlinePayment.GetProperty("excessRefunded").GetDecimal() == 0 || onlinePayment.GetProperty("excessRefundReference").GetString() is not null)
                ? bill.GetRawText()
                : null;
        }, TimeSpan.FromSeconds(30), Cancellation);

        var final = JsonDocument.Parse(settled).RootElement;
        var taken = final.GetProperty("payments").EnumerateArray().ToList();
        var excess = taken.Sum(payment => payment.GetProperty("excessRefunded").GetDecimal());
        var provider = await _sandbox.SessionAsync(sessionId, Cancellation);
        Assert.Equal("succeeded", (await online).Outcome);
        Assert.Equal(("Paid", balance, 0m), (final.GetProperty("status").GetString(), final.GetProperty("amountPaid").GetDecimal(), final.GetProperty("balance").GetDecimal()));
        Assert.Equal(balance, taken.Sum(payment => payment.GetProperty("amount").GetDecimal()));
        Assert.Equal(await desk == HttpStatusCode.Created ? balance : 0m, excess);
        Assert.Equal((long)(excess * 100), provider.GetProperty("refunds").EnumerateArray().Sum(refund => refund.GetProperty("amount").GetInt64()));
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AnAdminRefundOfAnOnlinePaymentGoesBackThroughTheProvider()
    {
        var (patient, _, billId) = await PatientWithRegistrationBillAsync();
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());
        var sessionId = (await PaymentSandbox.CheckoutAsync(patient, billId, Cancellation)).GetProperty("sessionId").GetString()!;
        await _sandbox.PayAsync(sessionId, PaymentSandbox.SucceedingCard, Cancellation);
        await WaitForStatusAsync(patient, billId, "Paid");

        using var response = await admin.PostAsJsonAsync($"/api/billing/bills/{billId}/refunds", new { amount = 5.00m, reason = "Charged twice at the desk" }, Cancellation);
        var refund = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        var provider = await _sandbox.SessionAsync(sessionId, Cancellation);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var providerRefund = Assert.Single(provider.GetProperty("refunds").EnumerateArray());
        Assert.Equal((refund.GetProperty("providerReference").GetString(), 500L), (providerRefund.GetProperty("id").GetString(), providerRefund.GetProperty("amount").GetInt64()));
    }

    private async Task<(HttpClient Patient, string Email, Guid BillId)> PatientWithRegistrationBillAsync()
    {
        var (userId, email) = await _client.RegisterPatientAsync(Cancellation);
        await _client.WaitForPatientRecordAsync(userId, Cancellation);
        var patientId = await _database.PatientIdOfAccountAsync(userId, Cancellation);
        await _database.WaitForRegistrationBillAsync(patientId, Cancellation);
        await _database.WaitUntilBillingKnowsAsync(patientId, Cancellation);
        var patient = PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(email, PmsClient.Password, Cancellation)).AccessToken);
        var bills = await Eventually.GetAsync(async () =>
        {
            var page = await patient.GetFromJsonAsync<JsonElement>("/api/billing/bills", Cancellation);
            return page.GetProperty("totalCount").GetInt32() > 0 ? page.GetProperty("items")[0].GetProperty("id").GetString() : null;
        }, TimeSpan.FromSeconds(30), Cancellation);
        return (patient, email, Guid.Parse(bills));
    }

    private async Task<HttpClient> SignedInAsync(string role)
    {
        var (_, email) = await _client.CreateStaffAsync(role, Cancellation);
        return PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(email, PmsClient.Password, Cancellation)).AccessToken);
    }

    private static async Task<JsonElement> BillAsync(HttpClient client, Guid billId) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/billing/bills/{billId}", Cancellation);

    private static async Task<JsonElement> WaitForStatusAsync(HttpClient client, Guid billId, string status) =>
        JsonDocument.Parse(await Eventually.GetAsync(async () =>
        {
            var bill = await BillAsync(client, billId);
            return bill.GetProperty("status").GetString() == status ? bill.GetRawText() : null;
        }, TimeSpan.FromSeconds(30), Cancellation)).RootElement;

    private static async Task<HttpStatusCode> DeskPaymentAsync(HttpClient staff, Guid billId, decimal amount)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/billing/bills/{billId}/payments") { Content = JsonContent.Create(new { amount, method = "Cash" }) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await staff.SendAsync(request, Cancellation);
        return response.StatusCode;
    }

    private static string CompletedEvent(string sessionId, string paymentId, long amountTotal) => new JsonObject
    {
        ["id"] = $"evt_{Guid.NewGuid():N}",
        ["object"] = "event",
        ["api_version"] = Stripe.StripeConfiguration.ApiVersion,
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["type"] = "checkout.session.completed",
        ["data"] = new JsonObject
        {
            ["object"] = new JsonObject
            {
                ["id"] = sessionId,
                ["object"] = "checkout.session",
                ["amount_total"] = amountTotal,
                ["currency"] = "usd",
                ["expires_at"] = DateTimeOffset.UtcNow.AddMinutes(30).ToUnixTimeSeconds(),
                ["payment_intent"] = paymentId,
                ["payment_status"] = "paid",
                ["status"] = "complete",
            },
        },
    }.ToJsonString();

    private static async Task<HttpResponseMessage> PostWebhookAsync(HttpClient gateway, string payload, string secret)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/billing/webhooks/payments") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("Stripe-Signature", $"t={timestamp},v1={Convert.ToHexStringLower(signature)}");
        return await gateway.SendAsync(request, Cancellation);
    }
}
