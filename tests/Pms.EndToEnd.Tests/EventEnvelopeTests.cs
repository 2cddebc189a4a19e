using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Confluent.Kafka;

namespace Pms.EndToEnd.Tests;

public sealed class EventEnvelopeTests(PmsAppFixture fixture)
{
    [Fact]
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

        var messages = await ConsumeAsync(Topics.AuthPatientRegistration, userId, cancellationToken);

        var message = Assert.Single(messages);

        var headers = message.Headers.ToDictionary(header => header.Key, header => Encoding.UTF8.GetString(header.GetValueBytes()));
        TestContext.Current.SendDiagnosticMessage("Headers: " + string.Join(", ", headers.Select(header => $"{header.Key}={header.Value}")));
        Assert.Contains(nameof(Pms.Contracts.Events.PatientAccountRegistered), headers["message-type"], StringComparison.Ordinal);
        Assert.True(headers.ContainsKey("traceparent") || headers.ContainsKey("parent-id"), "No trace context in the headers.");
        var body = JsonDocument.Parse(message.Value).RootElement;
        Assert.Equal(userId, body.GetProperty("subject").GetString());
        Assert.Equal(1, body.GetProperty("schemaVersion").GetInt32());
    }

    /// <summary>Every message with <paramref name="key"/>, read until the topic stays quiet for two seconds after the first.</summary>
    private async Task<List<Message<string, byte[]>>> ConsumeAsync(string topic, string key, CancellationToken cancellationToken)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = await fixture.App.GetConnectionStringAsync(ResourceNames.Kafka, cancellationToken),
            GroupId = $"e2e-{Guid.NewGuid():N}",
            AutoOffsetReset = AutoOffsetReset.Earliest,
            FetchWaitMaxMs = 20,
            SessionTimeoutMs = 6000,
        };
        using var consumer = new ConsumerBuilder<string, byte[]>(config).Build();
        consumer.Subscribe(topic);
        var found = new List<Message<string, byte[]>>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        try
        {
            while (DateTime.UtcNow < deadline)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = await Task.Run(() => consumer.Consume(TimeSpan.FromMilliseconds(200)), cancellationToken);
                if (result?.Message.Key == key)
                {
                    found.Add(result.Message);
                    deadline = DateTime.UtcNow.AddSeconds(2);
                }
                else if (result is null && found.Count > 0 && DateTime.UtcNow > deadline)
                {
                    break;
                }
            }

            return found;
        }
        finally
        {
            consumer.Close();
        }
    }
}
