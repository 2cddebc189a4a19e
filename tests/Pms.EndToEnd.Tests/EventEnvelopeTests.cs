using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Confluent.Kafka;

namespace Pms.EndToEnd.Tests;

public sealed class EventEnvelopeTests(PmsAppFixture fixture)
{
    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task ARegistrationPublishesOneEventKeyedByItsSubjectWithItsTypeAndTraceContext()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var gateway = fixture.App.CreateHttpClient(ResourceNames.Gateway);
        using var response = await gateway.PostAsJsonAsync("/api/auth/register", new
        {
            email = $"katherine.{Guid.NewGuid():N}@example.org",
            password = "yet another long passphrase",
            firstName = "Katherine",
            lastName = "Johnson",
            dateOfBirth = "1988-08-26",
        }, cancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var userId = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("userId").GetGuid().ToString();

        var messages = await new KafkaProbe(fixture).ConsumeAsync(Topics.AuthPatientRegistration, userId, 1, cancellationToken);

        var message = Assert.Single(messages);

        var headers = message.Headers.ToDictionary(header => header.Key, header => Encoding.UTF8.GetString(header.GetValueBytes()));
        TestContext.Current.SendDiagnosticMessage("Headers: " + string.Join(", ", headers.Select(header => $"{header.Key}={header.Value}")));
        Assert.Contains(nameof(Pms.Contracts.Events.PatientAccountRegistered), headers["message-type"], StringComparison.Ordinal);
        Assert.True(headers.ContainsKey("traceparent") || headers.ContainsKey("parent-id"), "No trace context in the headers.");
        var body = JsonDocument.Parse(message.Value).RootElement;
        Assert.Equal(userId, body.GetProperty("subject").GetString());
        Assert.Equal(1, body.GetProperty("schemaVersion").GetInt32());
    }

    [TimedFact(EndToEnd.TestTimeoutSeconds)]
    public async Task ARedeliveredRegistrationEventHasNoSecondEffect()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var client = new PmsClient(fixture);
        var probe = new KafkaProbe(fixture);
        var (userId, _) = await client.RegisterPatientAsync(cancellationToken);
        await client.WaitForPatientRecordAsync(userId, cancellationToken);
        var original = Assert.Single(await probe.ConsumeAsync(Topics.AuthPatientRegistration, userId.ToString(), 1, cancellationToken));

        // The same record again (a broker redelivery), and once more as a new envelope (a producer retry).
        await probe.ProduceAsync(Topics.AuthPatientRegistration, original, cancellationToken);
        var newEnvelope = new Headers();
        foreach (var header in original.Headers)
        {
            newEnvelope.Add(header.Key, header.Key == "id" ? Encoding.UTF8.GetBytes(Guid.NewGuid().ToString()) : header.GetValueBytes());
        }

        await probe.ProduceAsync(Topics.AuthPatientRegistration, new Message<string, byte[]> { Key = original.Key, Value = original.Value, Headers = newEnvelope }, cancellationToken);
        Assert.Equal(3, (await probe.ConsumeAsync(Topics.AuthPatientRegistration, userId.ToString(), 3, cancellationToken)).Count);

        // The new envelope follows the redelivered one on the account's partition: once it is handled, both are.
        var database = new PatientDatabase(fixture);
        await database.WaitUntilHandledAsync(ResourceNames.PatientDatabase, Guid.Parse(Encoding.UTF8.GetString(newEnvelope.GetLastBytes("id"))), cancellationToken);
        Assert.Equal(1, await database.CountPatientsOfAccountAsync(userId, cancellationToken));
        var patientId = await database.PatientIdOfAccountAsync(userId, cancellationToken);
        Assert.Single(await probe.ConsumeAsync(Topics.Patient, patientId.ToString(), 1, cancellationToken));
        await database.WaitForRegistrationBillAsync(patientId, cancellationToken);
        Assert.Equal(1, await database.CountRegistrationBillsAsync(patientId, cancellationToken));
    }
}
