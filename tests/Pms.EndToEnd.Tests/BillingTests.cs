using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Pms.EndToEnd.Tests;

public sealed class BillingTests(PmsAppFixture fixture)
{
    private readonly PmsClient _client = new(fixture);
    private readonly PatientDatabase _database = new(fixture);
    private readonly MailSink _sink = new(fixture);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task ACashierBillsTakesPartialAndFullPaymentPrintsAReceiptAndAnAdminRefunds()
    {
        using var staff = await SignedInAsync("Staff");
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());
        var patientId = await WalkInAsync(staff);

        var bill = await CreateBillAsync(staff, patientId, new
        {
            patientId,
            billType = "Laboratory",
            items = new object[]
            {
                new { code = "LAB-CBC", quantity = 2, unitPrice = 999.99 },
                new { code = "LAB-UA", quantity = 1 },
                new { description = "Specimen courier", quantity = 1, unitPrice = 5.00 },
            },
            discount = new { percent = 10, reason = "Staff family" },
        });
        var billId = bill.GetProperty("id").GetGuid();
        var number = bill.GetProperty("number").GetString()!;
        using var partial = await PayAsync(staff, billId, 20.00m, "Cash", "first-payment");
        using var replay = await PayAsync(staff, billId, 20.00m, "Cash", "first-payment");
        using var overpayment = await PayAsync(staff, billId, 30.00m, "Card", "too-much");
        using var rest = await PayAsync(staff, billId, 28.60m, "Card", "second-payment");
        var paid = await staff.GetFromJsonAsync<JsonElement>($"/api/billing/bills/{billId}", Cancellation);
        var receipt = await staff.GetByteArrayAsync(new Uri($"/api/billing/bills/{billId}/invoice", UriKind.Relative), Cancellation);
        using var refund = await admin.PostAsJsonAsync($"/api/billing/bills/{billId}/refunds", new { amount = 10.00m, reason = "Duplicate test" }, Cancellation);
        using var overRefund = await admin.PostAsJsonAsync($"/api/billing/bills/{billId}/refunds", new { amount = 100.00m, reason = "Too much" }, Cancellation);
        using var voidPaid = await admin.PostAsync(new Uri($"/api/billing/bills/{billId}/void", UriKind.Relative), null, Cancellation);

        Assert.Equal(37.00m + 12.00m + 5.00m, bill.GetProperty("subtotal").GetDecimal());
        Assert.Equal(5.40m, bill.GetProperty("discount").GetDecimal());
        Assert.Equal(48.60m, bill.GetProperty("total").GetDecimal());
        Assert.Equal(18.50m, bill.GetProperty("items")[0].GetProperty("unitPrice").GetDecimal());
        Assert.Equal(HttpStatusCode.Created, partial.StatusCode);
        Assert.Equal(await IdOf(partial), await IdOf(replay));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, overpayment.StatusCode);
        Assert.Equal(HttpStatusCode.Created, rest.StatusCode);
        Assert.Equal("Paid", paid.GetProperty("status").GetString());
        Assert.Equal(48.60m, paid.GetProperty("amountPaid").GetDecimal());
        Assert.Equal(0m, paid.GetProperty("balance").GetDecimal());
        Assert.Equal(2, paid.GetProperty("payments").GetArrayLength());
        Assert.Equal("%PDF", Encoding.ASCII.GetString(receipt, 0, 4));
        Assert.Contains(number, Encoding.Latin1.GetString(receipt), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, refund.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, overRefund.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, voidPaid.StatusCode);

        var events = await new KafkaProbe(fixture).ConsumeAsync(Topics.Billing, patientId.ToString(), 6, Cancellation);
        var types = events.Select(message => Encoding.UTF8.GetString(message.Headers.GetLastBytes("message-type")).Split('.')[^1].Split(',')[0]).ToList();
        Assert.Equal(2, types.Count(type => type == "BillIssued"));
        Assert.Equal(2, types.Count(type => type == "PaymentReceived"));
        Assert.Equal(1, types.Count(type => type == "BillPaid"));
        Assert.Equal(1, types.Count(type => type == "RefundIssued"));
        Assert.Equal(6, types.Count);
    }

    [TimedTheory(EndToEnd.TestTimeoutSeconds)]
    [InlineData("""{"billType":"Surgery","items":[{"code":"CONS-GP","quantity":1}]}""", "billType")]
    [InlineData("""{"billType":"Other","items":[{"description":"x","quantity":-1,"unitPrice":5}]}""", "items[0].quantity")]
    [InlineData("""{"billType":"Other","items":[{"description":"x","quantity":1,"unitPrice":-5}]}""", "items[0].unitPrice")]
    [InlineData("""{"billType":"Other","items":[{"code":"NO-SUCH","quantity":1}]}""", "items[0].code")]
    [InlineData("""{"billType":"Other","items":[]}""", "items")]
    [InlineData("""{"billType":"Other","items":[{"code":"CONS-GP","quantity":1}],"discount":{"amount":5,"percent":5,"reason":"x"}}""", "discount")]
    public async Task InvalidBillsAreRejectedByFieldAndNotStored(string body, string field)
    {
        using var staff = await SignedInAsync("Staff");
        var patientId = await WalkInAsync(staff);
        var json = body.Insert(1, $"\"patientId\":\"{patientId}\",");

        using var response = await staff.PostAsync(new Uri("/api/billing/bills", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"), Cancellation);
        var bills = await staff.GetFromJsonAsync<JsonElement>($"/api/billing/bills?patientId={patientId}&billType=Other", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("errors").TryGetProperty(field, out _), $"No error for {field}.");
        Assert.Equal(0, bills.GetProperty("totalCount").GetInt32());
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task APatientSeesOnlyTheirOwnBillsAndCannotRecordAPaymentThemselves()
    {
        var (userId, email) = await _client.RegisterPatientAsync(Cancellation);
        await _client.WaitForPatientRecordAsync(userId, Cancellation);
        var patientId = await _database.PatientIdOfAccountAsync(userId, Cancellation);
        await _database.WaitUntilBillingKnowsAsync(patientId, Cancellation);
        using var staff = await SignedInAsync("Staff");
        var othersBill = await CreateBillAsync(staff, await WalkInAsync(staff), null);
        using var patient = PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(email, PmsClient.Password, Cancellation)).AccessToken);

        var own = await Eventually.GetAsync(async () =>
        {
            var page = await patient.GetFromJsonAsync<JsonElement>("/api/billing/bills", Cancellation);
            return page.GetProperty("totalCount").GetInt32() > 0 ? page.GetProperty("items").EnumerateArray().ToList() : null;
        }, TimeSpan.FromSeconds(30), Cancellation);
        var registrationBill = Assert.Single(own);
        var billId = registrationBill.GetProperty("id").GetGuid();
        using var declared = await PayAsync(patient, billId, 25.00m, "Online", "patient-declares");
        using var invoice = await patient.GetAsync(new Uri($"/api/billing/bills/{billId}/invoice", UriKind.Relative), Cancellation);
        using var someoneElses = await patient.GetAsync(new Uri($"/api/billing/bills/{othersBill.GetProperty("id").GetGuid()}", UriKind.Relative), Cancellation);
        using var checkoutOthers = await patient.PostAsJsonAsync($"/api/billing/bills/{othersBill.GetProperty("id").GetGuid()}/checkout", new { }, Cancellation);
        using var deskOnline = await PayAsync(staff, billId, 25.00m, "Online", "desk-declares-online");
        var after = await patient.GetFromJsonAsync<JsonElement>($"/api/billing/bills/{billId}", Cancellation);

        Assert.Equal(patientId, registrationBill.GetProperty("patientId").GetGuid());
        Assert.Equal("Registration", registrationBill.GetProperty("billType").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, declared.StatusCode);
        Assert.Equal("application/pdf", invoice.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, someoneElses.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, checkoutOthers.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, deskOnline.StatusCode);
        Assert.Contains("payment provider", await deskOnline.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal(("Issued", 0m), (after.GetProperty("status").GetString(), after.GetProperty("amountPaid").GetDecimal()));
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task TheRevenueReportShowsWhatWasBilledAndCollectedByDayAndType()
    {
        using var staff = await SignedInAsync("Staff");
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());
        var patientId = await WalkInAsync(staff);
        var bill = await CreateBillAsync(staff, patientId, new { patientId, billType = "Radiology", items = new[] { new { code = "RAD-XR-CHEST", quantity = 1 } } });
        using var _ = await PayAsync(staff, bill.GetProperty("id").GetGuid(), 15.00m, "Insurance", "report");
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var report = await admin.GetFromJsonAsync<JsonElement>($"/api/billing/reports/revenue?from={today}&to={today}", Cancellation);
        using var backwards = await admin.GetAsync(new Uri("/api/billing/reports/revenue?from=2026-02-01&to=2026-01-01", UriKind.Relative), Cancellation);

        var radiology = Assert.Single(report.GetProperty("days").EnumerateArray(), row => row.GetProperty("billType").GetString() == "Radiology");
        Assert.True(radiology.GetProperty("billed").GetDecimal() >= 65.00m);
        Assert.True(radiology.GetProperty("collected").GetDecimal() >= 15.00m);
        Assert.True(report.GetProperty("totalOutstanding").GetDecimal() >= 50.00m);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AnInsuredPatientsBillIsSplitAndWhenTheInsurerDeniesTheClaimThePatientOwesItAndIsTold()
    {
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());
        using var staff = await SignedInAsync("Staff");
        var (userId, email) = await _client.RegisterPatientAsync(Cancellation);
        var (patient, _, patientId) = await _client.SignedInPatientAsync(userId, email, Cancellation);
        var (otherPatient, _, _) = await _client.SignedInNewPatientAsync(Cancellation);
        await _database.WaitUntilBillingKnowsAsync(patientId, Cancellation);
        var payerCode = $"GW-{Guid.NewGuid():N}"[..16].ToUpperInvariant();
        var coverages = $"/api/billing/patients/{patientId}/coverages";

        using var payer = await admin.PostAsJsonAsync("/api/billing/payers", new { code = payerCode, name = "Gateway Mutual" }, Cancellation);
        using var rule = await admin.PutAsJsonAsync($"/api/billing/payers/{payerCode}/rules/Laboratory", new { coveredPercent = 80, coPay = 5 }, Cancellation);
        using var added = await staff.PostAsJsonAsync(coverages,
            new { payerCode, plan = "Silver HMO", memberId = "GM-0042", validFrom = "2026-01-01", priority = "Primary", relationship = "Self" }, Cancellation);
        using var overlapping = await staff.PostAsJsonAsync(coverages,
            new { payerCode, plan = "Gold HMO", memberId = "GM-0043", validFrom = "2026-06-01", priority = "Primary", relationship = "Self" }, Cancellation);
        var seen = await patient.GetFromJsonAsync<JsonElement>(coverages, Cancellation);
        using var prying = await otherPatient.GetAsync(new Uri(coverages, UriKind.Relative), Cancellation);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Created), (payer.StatusCode, rule.StatusCode, added.StatusCode));
        Assert.Equal(HttpStatusCode.Conflict, overlapping.StatusCode);
        var coverage = Assert.Single(seen.EnumerateArray());
        Assert.Equal(("Gateway Mutual", "GM-0042", "Primary", true),
            (coverage.GetProperty("payerName").GetString(), coverage.GetProperty("memberId").GetString(),
                coverage.GetProperty("priority").GetString(), coverage.GetProperty("inForceToday").GetBoolean()));
        Assert.Equal(HttpStatusCode.NotFound, prying.StatusCode);

        // 20.00 of laboratory work: the patient pays the 5.00 co-pay and 20% of the other 15.00, the insurer 12.00.
        var bill = await CreateBillAsync(staff, patientId, new { patientId, billType = "Laboratory", items = new[] { new { description = "Panel", quantity = 1, unitPrice = 20.00 } } });
        var billId = bill.GetProperty("id").GetGuid();
        Assert.Equal((12.00m, 8.00m, 8.00m), (bill.GetProperty("insurerShare").GetDecimal(), bill.GetProperty("patientShare").GetDecimal(), bill.GetProperty("balance").GetDecimal()));
        var claim = Assert.Single((await staff.GetFromJsonAsync<JsonElement>($"/api/billing/claims?patientId={patientId}", Cancellation)).EnumerateArray());
        var claimId = claim.GetProperty("id").GetGuid();
        using var submitted = await staff.PostAsync(new Uri($"/api/billing/claims/{claimId}/submit", UriKind.Relative), null, Cancellation);
        using var denied = await staff.PostAsJsonAsync($"/api/billing/claims/{claimId}/denial", new { reason = "Plan lapsed" }, Cancellation);
        var owed = await patient.GetFromJsonAsync<JsonElement>($"/api/billing/bills/{billId}", Cancellation);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (submitted.StatusCode, denied.StatusCode));
        Assert.Equal((0m, 20.00m), (owed.GetProperty("insurerShare").GetDecimal(), owed.GetProperty("balance").GetDecimal()));
        var notice = await _sink.WaitForAsync(email, "Your insurer did not pay", Cancellation);
        Assert.Equal($"Your insurer did not pay 12.00 USD of bill {bill.GetProperty("number").GetString()}", notice);
        Assert.Contains("for this reason: Plan lapsed", await _sink.TextBodyOfAsync(email, "Your insurer did not pay", Cancellation), StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync(string role)
    {
        var (_, email) = await _client.CreateStaffAsync(role, Cancellation);
        return PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(email, PmsClient.Password, Cancellation)).AccessToken);
    }

    private async Task<Guid> WalkInAsync(HttpClient staff)
    {
        var patientId = await PmsClient.WalkInAsync(staff, new { firstName = "Billing", lastName = "Patient", dateOfBirth = "1970-07-07", sex = "Female" }, Cancellation);
        await _database.WaitUntilBillingKnowsAsync(patientId, Cancellation);
        return patientId;
    }

    private static async Task<JsonElement> CreateBillAsync(HttpClient staff, Guid patientId, object? body)
    {
        using var response = await staff.PostAsJsonAsync("/api/billing/bills",
            body ?? new { patientId, billType = "Other", items = new[] { new { code = "OTH-CERT", quantity = 1 } } }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
    }

    private static async Task<HttpResponseMessage> PayAsync(HttpClient client, Guid billId, decimal amount, string method, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/billing/bills/{billId}/payments")
        {
            Content = JsonContent.Create(new { amount, method }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request, Cancellation);
    }

    private static async Task<Guid> IdOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetGuid();
}
