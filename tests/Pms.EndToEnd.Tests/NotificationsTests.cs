using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Confluent.Kafka;

namespace Pms.EndToEnd.Tests;

public sealed class NotificationsTests(PmsAppFixture fixture)
{
    private readonly PmsClient _client = new(fixture);
    private readonly PatientDatabase _database = new(fixture);
    private readonly MailSink _sink = new(fixture);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task ASelfRegisteredPatientGetsAWelcomeEmailAndSmsAndSeesThemInTheirLog()
    {
        var (userId, email) = await _client.RegisterPatientAsync(Cancellation);

        var subject = await _sink.WaitForAsync(email, "Welcome to", Cancellation);
        using var patient = PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(email, PmsClient.Password, Cancellation)).AccessToken);
        var log = await Eventually.GetAsync(async () =>
        {
            var page = await patient.GetFromJsonAsync<JsonElement>("/api/notifications", Cancellation);
            var sent = page.GetProperty("items").EnumerateArray()
                .Where(item => item.GetProperty("template").GetString() == "welcome" && item.GetProperty("status").GetString() == "Sent").ToList();
            return sent.Count >= 2 ? sent : null;
        }, TimeSpan.FromSeconds(30), Cancellation);

        Assert.Contains("Mary", subject, StringComparison.Ordinal);
        var mrn = await _client.WaitForPatientRecordAsync(userId, Cancellation);
        Assert.Contains($"Your medical record number is {mrn}", await _sink.TextBodyOfAsync(email, "Welcome to", Cancellation), StringComparison.Ordinal);
        Assert.Contains(log, item => item.GetProperty("channel").GetString() == "Email" && item.GetProperty("recipient").GetString() == email);
        Assert.Contains(log, item => item.GetProperty("channel").GetString() == "Sms");
        Assert.Equal(await _database.PatientIdOfAccountAsync(userId, Cancellation), log[0].GetProperty("patientId").GetGuid());
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task EveryBillingEventReachesThePatientByEmail()
    {
        using var staff = await SignedInAsync("Staff");
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());
        var email = PmsClient.NewEmail("billed");
        var patientId = await WalkInAsync(staff, email);
        var bill = await CreateBillAsync(staff, patientId, 40.00m);
        var other = await CreateBillAsync(staff, patientId, 15.00m);
        var number = bill.GetProperty("number").GetString()!;

        await PayAsync(staff, bill.GetProperty("id").GetGuid(), 10.00m, "first");
        await PayAsync(staff, bill.GetProperty("id").GetGuid(), 30.00m, "second");
        using var refund = await admin.PostAsJsonAsync($"/api/billing/bills/{bill.GetProperty("id").GetGuid()}/refunds", new { amount = 5.00m, reason = "Goodwill" }, Cancellation);
        using var voided = await admin.PostAsync(new Uri($"/api/billing/bills/{other.GetProperty("id").GetGuid()}/void", UriKind.Relative), null, Cancellation);

        Assert.Equal($"Your bill {number} from PMS General Hospital", await _sink.WaitForAsync(email, $"Your bill {number}", Cancellation));
        Assert.Equal($"Receipt: 10.00 USD paid on bill {number}", await _sink.WaitForAsync(email, "Receipt: 10.00", Cancellation));
        Assert.Equal($"Receipt: 30.00 USD paid on bill {number}", await _sink.WaitForAsync(email, "Receipt: 30.00", Cancellation));
        Assert.Contains("The bill is now paid in full.", await _sink.TextBodyOfAsync(email, "Receipt: 30.00", Cancellation), StringComparison.Ordinal);
        Assert.Equal($"Refund of 5.00 USD on bill {number}", await _sink.WaitForAsync(email, "Refund of", Cancellation));
        Assert.Contains("Reason: Goodwill.", await _sink.TextBodyOfAsync(email, "Refund of", Cancellation), StringComparison.Ordinal);
        Assert.StartsWith("Bill INV-", await _sink.WaitForAsync(email, $"Bill {other.GetProperty("number").GetString()} was cancelled", Cancellation), StringComparison.Ordinal);
        await _sink.WaitForAsync(email, "Welcome to", Cancellation);
        var sms = await staff.GetFromJsonAsync<JsonElement>($"/api/notifications?patientId={patientId}&channel=Sms&pageSize=50", Cancellation);
        Assert.Equal(
            ["bill-issued", "bill-issued", "bill-issued", "bill-voided", "payment-receipt", "payment-receipt", "refund-issued", "welcome"],
            sms.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("template").GetString()).Order(StringComparer.Ordinal));
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task ARedeliveredEventSendsNothingNew()
    {
        using var staff = await SignedInAsync("Staff");
        var email = PmsClient.NewEmail("redelivered");
        var patientId = await WalkInAsync(staff, email);
        await _sink.WaitForAsync(email, "Welcome to", Cancellation);
        var probe = new KafkaProbe(fixture);
        var registered = Assert.Single(await probe.ConsumeAsync(Topics.Patient, patientId.ToString(), 1, Cancellation));

        var copy = WithNewEnvelopeId(registered);

        await probe.ProduceAsync(Topics.Patient, registered, Cancellation);
        await probe.ProduceAsync(Topics.Patient, copy, Cancellation);

        // The copy comes after the redelivered original on the patient's partition: once notification-service
        // has handled it, both have been handled.
        await _database.WaitUntilHandledAsync(ResourceNames.NotificationDatabase, EnvelopeId(copy), Cancellation);
        var welcomes = await staff.GetFromJsonAsync<JsonElement>($"/api/notifications?patientId={patientId}&pageSize=50", Cancellation);
        Assert.Equal(["Email", "Sms"], welcomes.GetProperty("items").EnumerateArray()
            .Where(item => item.GetProperty("template").GetString() == "welcome")
            .Select(item => item.GetProperty("channel").GetString()).Order(StringComparer.Ordinal));
        Assert.Single(await _sink.SubjectsForAsync(email, Cancellation), subject => subject.StartsWith("Welcome to", StringComparison.Ordinal));
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task AnUnreadableEventBecomesADeadLetterAnAdminCanDiscardAndTheConsumerKeepsGoing()
    {
        using var staff = await SignedInAsync("Staff");
        using var admin = PmsClient.Authorized(_client.Gateway(), await _client.AdminTokenAsync());
        var firstEmail = PmsClient.NewEmail("before-poison");
        var patientId = await WalkInAsync(staff, firstEmail);
        var issued = (await new KafkaProbe(fixture).ConsumeAsync(Topics.Billing, patientId.ToString(), 1, Cancellation)).First();
        var poison = WithNewEnvelopeId(issued);
        poison.Value = Encoding.UTF8.GetBytes("{ this is not a bill");
        poison.Key = $"poison-{EnvelopeId(poison)}";
        fixture.ExpectedFailures.ErrorLog(ResourceNames.Notifications, EnvelopeId(poison).ToString());

        await new KafkaProbe(fixture).ProduceAsync(Topics.Billing, poison, Cancellation);
        var laterEmail = PmsClient.NewEmail("after-poison");
        await WalkInAsync(staff, laterEmail);

        var deadLetter = JsonDocument.Parse(await Eventually.GetAsync(async () =>
            (await admin.GetFromJsonAsync<JsonElement>("/api/notifications/dead-letters", Cancellation)).EnumerateArray()
                .Where(letter => letter.GetProperty("id").GetGuid() == EnvelopeId(poison)).Select(letter => letter.GetRawText()).FirstOrDefault(),
            TimeSpan.FromSeconds(30), Cancellation)).RootElement;
        Assert.Equal("Welcome to PMS General Hospital, Billing", await _sink.WaitForAsync(laterEmail, "Welcome to", Cancellation));
        using var discarded = await admin.DeleteAsync(new Uri($"/api/notifications/dead-letters/{EnvelopeId(poison)}", UriKind.Relative), Cancellation);
        using var discardedAgain = await admin.DeleteAsync(new Uri($"/api/notifications/dead-letters/{EnvelopeId(poison)}", UriKind.Relative), Cancellation);
        using var asStaff = await staff.GetAsync(new Uri("/api/notifications/dead-letters", UriKind.Relative), Cancellation);

        Assert.Contains("BillIssued", deadLetter.GetProperty("messageType").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(deadLetter.GetProperty("exceptionType").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, discarded.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, discardedAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asStaff.StatusCode);
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task APatientWhoSwitchedMessagesOffStillGetsReceiptsButNotCourtesyMessages()
    {
        var (userId, email) = await _client.RegisterPatientAsync(Cancellation);
        await _sink.WaitForAsync(email, "Welcome to", Cancellation);
        using var patient = PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(email, PmsClient.Password, Cancellation)).AccessToken);
        using var switchedOff = await patient.PutAsJsonAsync("/api/notifications/preferences", new { email = false, sms = false }, Cancellation);
        var preferences = await patient.GetFromJsonAsync<JsonElement>("/api/notifications/preferences", Cancellation);
        var patientId = await _database.PatientIdOfAccountAsync(userId, Cancellation);
        await _database.WaitUntilBillingKnowsAsync(patientId, Cancellation);
        var registrationBill = await Eventually.GetAsync(async () =>
        {
            var page = await patient.GetFromJsonAsync<JsonElement>("/api/billing/bills", Cancellation);
            return page.GetProperty("totalCount").GetInt32() > 0 ? page.GetProperty("items")[0].GetProperty("id").GetString() : null;
        }, TimeSpan.FromSeconds(30), Cancellation);

        var checkout = await PaymentSandbox.CheckoutAsync(patient, Guid.Parse(registrationBill), Cancellation);
        Assert.Equal("succeeded", (await new PaymentSandbox(fixture).PayAsync(checkout.GetProperty("sessionId").GetString()!, PaymentSandbox.SucceedingCard, Cancellation)).Outcome);
        await _sink.WaitForAsync(email, "Receipt: 25.00", Cancellation);

        // A later bill's notice follows the BillPaid event on the patient's partition: once it arrives, BillPaid has been handled.
        using var staff = await SignedInAsync("Staff");
        var later = (await CreateBillAsync(staff, patientId, 12.00m)).GetProperty("number").GetString();
        await _sink.WaitForAsync(email, $"Your bill {later}", Cancellation);

        Assert.Equal(HttpStatusCode.OK, switchedOff.StatusCode);
        Assert.False(preferences.GetProperty("email").GetBoolean());
        Assert.DoesNotContain(await _sink.SubjectsForAsync(email, Cancellation), subject => subject.Contains("paid in full", StringComparison.Ordinal));
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task APreferenceChangeWithoutBothSwitchesIsRefusedAndChangesNothing()
    {
        var (_, email) = await _client.RegisterPatientAsync(Cancellation);
        await _sink.WaitForAsync(email, "Welcome to", Cancellation);
        using var patient = PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(email, PmsClient.Password, Cancellation)).AccessToken);

        using var onlyEmail = await patient.PutAsJsonAsync("/api/notifications/preferences", new { email = false }, Cancellation);
        var problem = await onlyEmail.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        var preferences = await patient.GetFromJsonAsync<JsonElement>("/api/notifications/preferences", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, onlyEmail.StatusCode);
        Assert.Equal(["sms"], problem.GetProperty("errors").EnumerateObject().Select(error => error.Name));
        Assert.True(preferences.GetProperty("email").GetBoolean());
        Assert.True(preferences.GetProperty("sms").GetBoolean());
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task APatientSeesOnlyTheirOwnMessages()
    {
        using var staff = await SignedInAsync("Staff");
        var otherPatient = await WalkInAsync(staff, PmsClient.NewEmail("someone-else"));
        var (_, email) = await _client.RegisterPatientAsync(Cancellation);
        await _sink.WaitForAsync(email, "Welcome to", Cancellation);
        using var patient = PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(email, PmsClient.Password, Cancellation)).AccessToken);

        var own = await patient.GetFromJsonAsync<JsonElement>("/api/notifications?pageSize=100", Cancellation);
        var asking = await patient.GetFromJsonAsync<JsonElement>($"/api/notifications?patientId={otherPatient}", Cancellation);

        Assert.All(own.GetProperty("items").EnumerateArray(), item => Assert.NotEqual(otherPatient, item.GetProperty("patientId").GetGuid()));
        Assert.True(own.GetProperty("totalCount").GetInt32() > 0);
        Assert.Equal(0, asking.GetProperty("totalCount").GetInt32());
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task ABillThatOvertakesThePatientsRegistrationIsAnnouncedOnceTheRegistrationArrives()
    {
        using var staff = await SignedInAsync("Staff");
        var email = PmsClient.NewEmail("overtaken-model");
        var patientId = await WalkInAsync(staff, email);
        var number = (await CreateBillAsync(staff, patientId, 18.00m)).GetProperty("number").GetString()!;
        await _sink.WaitForAsync(email, $"Your bill {number}", Cancellation);
        var probe = new KafkaProbe(fixture);
        var registered = Assert.Single(await probe.ConsumeAsync(Topics.Patient, patientId.ToString(), 1, Cancellation));
        var issued = (await probe.ConsumeAsync(Topics.Billing, patientId.ToString(), 2, Cancellation))
            .Single(message => Encoding.UTF8.GetString(message.Value).Contains(number, StringComparison.Ordinal));

        // The same two events retold for a patient notification-service has never heard of, the bill first.
        var newcomer = Guid.NewGuid();
        var newcomerEmail = PmsClient.NewEmail("overtaken");
        var lateIssued = Retold(issued, (patientId.ToString(), newcomer.ToString()));
        var lateRegistered = Retold(registered, (patientId.ToString(), newcomer.ToString()), (email, newcomerEmail));
        // Wolverine logs an error when it schedules a message for later.
        fixture.ExpectedFailures.ErrorLog(ResourceNames.Notifications, EnvelopeId(lateIssued).ToString());
        await probe.ProduceAsync(Topics.Billing, lateIssued, Cancellation);
        await _database.WaitForInboxStatusAsync(ResourceNames.NotificationDatabase, EnvelopeId(lateIssued), "Scheduled", Cancellation);
        await probe.ProduceAsync(Topics.Patient, lateRegistered, Cancellation);

        Assert.Equal($"Your bill {number} from PMS General Hospital", await _sink.WaitForAsync(newcomerEmail, $"Your bill {number}", Cancellation));
        await _database.WaitUntilHandledAsync(ResourceNames.NotificationDatabase, EnvelopeId(lateIssued), Cancellation);
    }

    /// <summary>
    /// A copy of an event under new envelope and event ids, keyed and worded for someone else: each pair's first
    /// text is replaced by its second throughout the body.
    /// </summary>
    private static Message<string, byte[]> Retold(Message<string, byte[]> original, params (string Old, string New)[] replacements)
    {
        var body = Encoding.UTF8.GetString(original.Value);
        var eventId = JsonDocument.Parse(body).RootElement.GetProperty("eventId").GetString()!;
        foreach (var (old, replacement) in replacements.Append((eventId, Guid.NewGuid().ToString())))
        {
            body = body.Replace(old, replacement, StringComparison.Ordinal);
        }

        var copy = WithNewEnvelopeId(original);
        copy.Key = replacements[0].New;
        copy.Value = Encoding.UTF8.GetBytes(body);
        return copy;
    }

    private static Guid EnvelopeId(Message<string, byte[]> message) => Guid.Parse(Encoding.UTF8.GetString(message.Headers.GetLastBytes("id")));

    private static Message<string, byte[]> WithNewEnvelopeId(Message<string, byte[]> original)
    {
        var headers = new Headers();
        foreach (var header in original.Headers)
        {
            headers.Add(header.Key, header.Key == "id" ? Encoding.UTF8.GetBytes(Guid.NewGuid().ToString()) : header.GetValueBytes());
        }

        return new Message<string, byte[]> { Key = original.Key, Value = original.Value, Headers = headers };
    }

    private async Task<HttpClient> SignedInAsync(string role)
    {
        var (_, email) = await _client.CreateStaffAsync(role, Cancellation);
        return PmsClient.Authorized(_client.Gateway(), (await _client.LoginAsync(email, PmsClient.Password, Cancellation)).AccessToken);
    }

    private async Task<Guid> WalkInAsync(HttpClient staff, string email)
    {
        var patientId = await PmsClient.WalkInAsync(staff,
            new { firstName = "Billing", lastName = "Notified", dateOfBirth = "1975-05-05", sex = "Male", email, phoneNumber = Phones.Unique() }, Cancellation);
        await _database.WaitUntilBillingKnowsAsync(patientId, Cancellation);
        return patientId;
    }

    private static async Task<JsonElement> CreateBillAsync(HttpClient staff, Guid patientId, decimal amount)
    {
        using var response = await staff.PostAsJsonAsync("/api/billing/bills",
            new { patientId, billType = "Procedure", items = new[] { new { description = "Dressing change", quantity = 1, unitPrice = amount } } }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
    }

    private static async Task PayAsync(HttpClient client, Guid billId, decimal amount, string key, string method = "Cash")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/billing/bills/{billId}/payments") { Content = JsonContent.Create(new { amount, method }) };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await client.SendAsync(request, Cancellation);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
