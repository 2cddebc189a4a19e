using System.Net;
using Microsoft.Extensions.Logging;
using Pms.Notifications.Model;
using Pms.Notifications.Sending;
using Pms.Notifications.Tests.Infrastructure;

namespace Pms.Notifications.Tests;

/// <summary>SMS leave through Twilio's own client to a server that speaks Twilio's protocol, by the production code path.</summary>
public sealed class TwilioSmsTests : IAsyncLifetime
{
    private const string FromNumber = "+447700900999";
    private static readonly TimeSpan RetryBaseDelay = TimeSpan.FromMilliseconds(300);
    private FakeTwilio _twilio = null!;
    private NotificationsApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _twilio = await FakeTwilio.StartAsync();
        var settings = _twilio.Settings(FromNumber);
        settings["Notifications:DefaultPhoneRegion"] = "GB";
        settings["Notifications:DispatchInterval"] = "00:00:00.050";
        settings["Notifications:RetryBaseDelay"] = RetryBaseDelay.ToString();
        _app = new NotificationsApp(settings);
        await _app.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _twilio.DisposeAsync();
    }

    [Fact]
    public async Task ANationalNumberReachesTwilioInE164FromTheConfiguredNumberWithTheAccountsCredentials()
    {
        var patientId = await _app.RegisterAsync("07700 900123");

        var delivery = await _app.SmsOnceAsync(patientId, DeliveryStatus.Sent);

        var exchange = Assert.Single(_twilio.Exchanges);
        Assert.Equal((new ReceivedSms("+447700900123", FromNumber, SmsPatients.WelcomeText), 201), (exchange.Sms, exchange.Status));
        Assert.Equal(("+447700900123", 1, exchange.Sid), (delivery.Recipient, delivery.Attempts, delivery.ProviderMessageId));
    }

    [Fact]
    public async Task ANumberThatCannotBeAPhoneNumberIsNeverSentAndFailsAtOnce()
    {
        var patientId = await _app.RegisterAsync("12");

        var delivery = await _app.SmsOnceAsync(patientId, DeliveryStatus.Failed);

        Assert.Empty(_twilio.Exchanges);
        Assert.Equal(("12", 1, "The recipient is not a phone number, even read as a number of GB."), (delivery.Recipient, delivery.Attempts, delivery.LastError));
        var logged = Assert.Single(_app.Logs.GetSnapshot(), record => record.Category == typeof(DeliveryDispatcher).FullName);
        Assert.Equal((LogLevel.Warning, $"Delivery {delivery.Id} over Sms cannot be delivered and failed: The recipient is not a phone number, even read as a number of GB."),
            (logged.Level, logged.Message));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, 21614, "Twilio will not send to this number: it is not a mobile number (error 21614).")]
    [InlineData(HttpStatusCode.BadRequest, 21610, "Twilio will not send to this number: its owner has unsubscribed (error 21610).")]
    public async Task ANumberTwilioWillNeverReachFailsAtOnceWithoutRetries(HttpStatusCode status, int code, string reason)
    {
        _twilio.AnswerNextWith(status, code);
        var patientId = await _app.RegisterAsync("+44 7700 900456");

        var delivery = await _app.SmsOnceAsync(patientId, DeliveryStatus.Failed);

        // Failed is final: the dispatcher never takes the row again, so no later request can come.
        Assert.Equal([(new ReceivedSms("+447700900456", FromNumber, SmsPatients.WelcomeText), (int)status)],
            _twilio.Exchanges.Select(exchange => (exchange.Sms, exchange.Status)));
        Assert.Equal((1, reason), (delivery.Attempts, delivery.LastError));
    }

    [Fact]
    public async Task ANumberTwilioCallsInvalidFailsAtOnceWithoutRetries()
    {
        var patientId = await _app.RegisterAsync(FakeTwilio.InvalidNumber);

        var delivery = await _app.SmsOnceAsync(patientId, DeliveryStatus.Failed);

        Assert.Equal([(FakeTwilio.InvalidNumber, 400)], _twilio.Exchanges.Select(exchange => (exchange.Sms.To, exchange.Status)));
        Assert.Equal((1, "Twilio will not send to this number: it is not a valid phone number (error 21211)."), (delivery.Attempts, delivery.LastError));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, 20429)]
    [InlineData(HttpStatusCode.InternalServerError, 20500)]
    public async Task ATwilioFailureThatMayPassIsRetriedAfterTheBackoffAndTheMessageSentOnce(HttpStatusCode status, int code)
    {
        _twilio.AnswerNextWith(status, code);
        var patientId = await _app.RegisterAsync("+44 7700 900456");

        var delivery = await _app.SmsOnceAsync(patientId, DeliveryStatus.Sent);

        var sms = new ReceivedSms("+447700900456", FromNumber, SmsPatients.WelcomeText);
        var exchanges = _twilio.Exchanges;
        Assert.Equal([(sms, (int)status), (sms, 201)], exchanges.Select(exchange => (exchange.Sms, exchange.Status)));
        Assert.InRange(exchanges[1].At - exchanges[0].At, RetryBaseDelay, TimeSpan.FromSeconds(5));
        Assert.Equal((2, exchanges[1].Sid, null), (delivery.Attempts, delivery.ProviderMessageId, delivery.LastError));
    }
}
