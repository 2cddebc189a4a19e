using System.Net;
using Microsoft.EntityFrameworkCore;
using Pms.Notifications.Model;
using Pms.Notifications.Tests.Infrastructure;

namespace Pms.Notifications.Tests;

/// <summary>SMS leave through Twilio's own client to a server that speaks Twilio's protocol, by the production code path.</summary>
public sealed class TwilioSmsTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private FakeTwilio _twilio = null!;
    private SmsApp _app = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _twilio = await FakeTwilio.StartAsync();
        _app = new SmsApp(_twilio);
        await _app.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _twilio.DisposeAsync();
    }

    [Fact]
    public async Task AMessageReachesTwilioInE164FromTheConfiguredNumberWithTheAccountsCredentials()
    {
        var id = await QueueSmsAsync("07700 900123", "Your bill INV-2026-000001 is ready.");

        var delivery = await WaitUntilAsync(id, DeliveryStatus.Sent);

        var received = Assert.Single(_twilio.Received);
        Assert.Equal(new ReceivedSms("+447700900123", SmsApp.FromNumber, "Your bill INV-2026-000001 is ready.", received.Sid), received);
        Assert.Equal((received.Sid, 1), (delivery.ProviderMessageId, delivery.Attempts));
    }

    [Fact]
    public async Task ANumberThatCannotBeAPhoneNumberIsNeverSentAndFailsAtOnce()
    {
        var id = await QueueSmsAsync("12", "Welcome.");

        var delivery = await WaitUntilAsync(id, DeliveryStatus.Failed);

        Assert.Empty(_twilio.Received);
        Assert.Equal(1, delivery.Attempts);
        Assert.Contains("not a phone number", delivery.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANumberTwilioCallsInvalidFailsAtOnceWithoutRetries()
    {
        var id = await QueueSmsAsync(FakeTwilio.InvalidNumber, "Welcome.");

        var delivery = await WaitUntilAsync(id, DeliveryStatus.Failed);

        Assert.Empty(_twilio.Received);
        Assert.Equal(1, delivery.Attempts);
        Assert.Equal("Twilio cannot reach the number (error 21211).", delivery.LastError);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, 20429)]
    [InlineData(HttpStatusCode.InternalServerError, 20500)]
    [InlineData(HttpStatusCode.Unauthorized, 20003)]
    public async Task ATwilioFailureThatMayPassIsRetriedAndTheMessageSentOnce(HttpStatusCode status, int code)
    {
        _twilio.AnswerNextWith(status, code);
        var id = await QueueSmsAsync("+44 7700 900456", "Receipt: 10.00 USD.");

        var delivery = await WaitUntilAsync(id, DeliveryStatus.Sent);

        var received = Assert.Single(_twilio.Received);
        Assert.Equal("+447700900456", received.To);
        Assert.Equal((2, received.Sid), (delivery.Attempts, delivery.ProviderMessageId));
    }

    private async Task<Guid> QueueSmsAsync(string recipient, string body)
    {
        var now = DateTimeOffset.UtcNow;
        var delivery = new Delivery
        {
            Id = Guid.CreateVersion7(),
            PatientId = Guid.NewGuid(),
            SourceEventId = Guid.NewGuid(),
            Channel = Channel.Sms,
            Template = "bill-issued",
            Recipient = recipient,
            Status = DeliveryStatus.Pending,
            Body = body,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        await using var db = _app.Db();
        db.Deliveries.Add(delivery);
        await db.SaveChangesAsync(Cancellation);
        return delivery.Id;
    }

    private async Task<Delivery> WaitUntilAsync(Guid id, DeliveryStatus status)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        deadline.CancelAfter(Patience);
        while (true)
        {
            await using var db = _app.Db();
            var delivery = await db.Deliveries.AsNoTracking().SingleAsync(candidate => candidate.Id == id, deadline.Token);
            if (delivery.Status == status)
            {
                return delivery;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
        }
    }
}
