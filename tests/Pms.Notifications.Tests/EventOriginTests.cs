using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pms.Contracts;
using Pms.Contracts.Events;
using Pms.Notifications.Tests.Infrastructure;
using Pms.ServiceDefaults.Messaging;
using Wolverine;

namespace Pms.Notifications.Tests;

/// <summary>
/// notification-service reads three topics. A password-reset notice is auth-service's to send: one that arrives on the
/// patient topic (which patient-service, not auth, may write) must not be mailed, and must show as a dead letter.
/// </summary>
public sealed class EventOriginTests : IAsyncLifetime
{
    private readonly NotificationsBroker _broker = new();
    private NotificationsApp _app = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _broker.InitializeAsync();
        _app = new NotificationsApp(new Dictionary<string, string>
        {
            ["Kafka:Consumer:FetchWaitMaxMs"] = "20",
            ["Kafka:Consumer:SessionTimeoutMs"] = "6000",
            ["Messaging:DeadLetterCheckInterval"] = "00:00:00.2",
        }, kafkaBootstrapServers: _broker.BootstrapServers);
        await _app.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _broker.DisposeAsync();
    }

    [Fact]
    public async Task AnEventIsBelievedOnlyOnTheTopicThatCarriesIt()
    {
        var bus = _app.Services.GetRequiredService<IMessageBus>();
        var forged = ResetRequestFor($"forged.{Guid.NewGuid():N}@example.org");
        var genuine = ResetRequestFor($"genuine.{Guid.NewGuid():N}@example.org");
        using var admin = _app.ClientFor(Guid.NewGuid(), PmsRoles.Admin);

        await bus.EndpointFor(new Uri($"kafka://topic/{Topics.Patient}")).SendAsync(forged);
        await bus.EndpointFor(new Uri($"kafka://topic/{Topics.AuthAccountNotices}")).SendAsync(genuine);
        var deadLetter = JsonDocument.Parse(await WaitForAsync(
            async () => (await DeadLettersAsync(admin)).Select(letter => letter.GetRawText()).SingleOrDefault())).RootElement;
        await WaitForAsync(async () => await DeliveriesToAsync(genuine.Email) > 0 ? "planned" : null);

        Assert.Contains(nameof(PasswordResetRequested), deadLetter.GetProperty("messageType").GetString(), StringComparison.Ordinal);
        Assert.Equal(typeof(EventFromWrongTopicException).FullName, deadLetter.GetProperty("exceptionType").GetString());
        Assert.Contains($"'{Topics.Patient}'", deadLetter.GetProperty("exceptionMessage").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await DeliveriesToAsync(forged.Email));
    }

    private static PasswordResetRequested ResetRequestFor(string email) =>
        new(Guid.NewGuid(), email, "Grace", "https://pms.example.org/reset?token=abc", DateTimeOffset.UtcNow.AddMinutes(30));

    private async Task<int> DeliveriesToAsync(string email)
    {
        await using var db = _app.Db();
        return await db.Deliveries.CountAsync(delivery => delivery.Recipient == email, Cancellation);
    }

    private static async Task<List<JsonElement>> DeadLettersAsync(HttpClient admin) =>
        [.. (await admin.GetFromJsonAsync<JsonElement>("/api/notifications/dead-letters", Cancellation)).EnumerateArray()];

    private static async Task<string> WaitForAsync(Func<Task<string?>> probe)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, "Nothing came within a minute.");
            await Task.Delay(100, Cancellation);
        }
    }
}
