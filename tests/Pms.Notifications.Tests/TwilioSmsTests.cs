using Pms.Testing;
using System.Net;
using Microsoft.Extensions.Logging;
using Pms.Notifications.Model;
using Pms.Notifications.Sending;
using Pms.Notifications.Tests.Infrastructure;

namespace Pms.Notifications.Tests;

/// <summary>SMS leave through Twilio's own client to a server that speaks Twilio's protocol, by the production code path.</summary>
public sealed class TwilioSmsTests : IAsyncLifetime
{
    private static readonly TimeSpan RetryBaseDelay = TimeSpan.FromMilliseconds(300);
    private TwilioSms _sms = null!;

    private NotificationsApp App => _sms.App;

    private FakeTwilio Twilio => _sms.Twilio;

    public async ValueTask InitializeAsync() => _sms = await TwilioSms.StartAsync(new()
    {
        ["PhoneNumbers:DefaultRegion"] = "GB",
        ["Notifications:RetryBaseDelay"] = RetryBaseDelay.ToString(),
    });

    public ValueTask DisposeAsync() => _sms.DisposeAsync();

    [TimedFact]
    public async Task ANationalNumberReachesTwilioInE164FromTheConfiguredNumberWithTheAccountsCredentials()
    {
        var patientId = await App.RegisterAsync("07700 900123");

        var delivery = await App.SmsOnceAsync(patientId, DeliveryStatus.Sent);

        var exchange = Assert.Single(Twilio.Exchanges);
        Assert.Equal((new ReceivedSms("+447700900123", TwilioSms.FromNumber, SmsPatients.WelcomeText), 201), (exchange.Sms, exchange.Status));
        Assert.Equal(("+447700900123", 1, exchange.Sid), (delivery.Recipient, delivery.Attempts, delivery.ProviderMessageId));
    }

    [TimedFact]
    public async Task ANumberThatCannotBeAPhoneNumberIsNeverSentAndFailsAtOnce()
    {
        var patientId = await App.RegisterAsync("12");

        var delivery = await App.SmsOnceAsync(patientId, DeliveryStatus.Failed);

        Assert.Empty(Twilio.Exchanges);
        Assert.Equal(("12", 1, "The recipient is not a phone number, even read as a number of GB."), (delivery.Recipient, delivery.Attempts, delivery.LastError));
        var logged = Assert.Single(App.Logs.GetSnapshot(), record => record.Category == typeof(DeliveryDispatcher).FullName);
        Assert.Equal((LogLevel.Warning, $"Delivery {delivery.Id} over Sms cannot be delivered and failed: The recipient is not a phone number, even read as a number of GB."),
            (logged.Level, logged.Message));
    }

    [TimedTheory]
    [InlineData(HttpStatusCode.BadRequest, 21614, "Twilio will not send to this number: it is not a mobile number (error 21614).")]
    [InlineData(HttpStatusCode.BadRequest, 21610, "Twilio will not send to this number: its owner has unsubscribed (error 21610).")]
    public async Task ANumberTwilioWillNeverReachFailsAtOnceWithoutRetries(HttpStatusCode status, int code, string reason)
    {
        Twilio.AnswerNextWith(status, code);
        var patientId = await App.RegisterAsync("+44 7700 900456");

        var delivery = await App.SmsOnceAsync(patientId, DeliveryStatus.Failed);

        // Failed is final: the dispatcher never takes the row again, so no later request can come.
        Assert.Equal([(new ReceivedSms("+447700900456", TwilioSms.FromNumber, SmsPatients.WelcomeText), (int)status)],
            Twilio.Exchanges.Select(exchange => (exchange.Sms, exchange.Status)));
        Assert.Equal((1, reason), (delivery.Attempts, delivery.LastError));
    }

    [TimedFact]
    public async Task ANumberTwilioCallsInvalidFailsAtOnceWithoutRetries()
    {
        var patientId = await App.RegisterAsync(FakeTwilio.InvalidNumber);

        var delivery = await App.SmsOnceAsync(patientId, DeliveryStatus.Failed);

        Assert.Equal([(FakeTwilio.InvalidNumber, 400)], Twilio.Exchanges.Select(exchange => (exchange.Sms.To, exchange.Status)));
        Assert.Equal((1, "Twilio will not send to this number: it is not a valid phone number (error 21211)."), (delivery.Attempts, delivery.LastError));
    }

    [TimedTheory]
    [InlineData(HttpStatusCode.TooManyRequests, 20429)]
    [InlineData(HttpStatusCode.InternalServerError, 20500)]
    public async Task ATwilioFailureThatMayPassIsRetriedAfterTheBackoffAndTheMessageSentOnce(HttpStatusCode status, int code)
    {
        Twilio.AnswerNextWith(status, code);
        var patientId = await App.RegisterAsync("+44 7700 900456");

        var delivery = await App.SmsOnceAsync(patientId, DeliveryStatus.Sent);

        var message = new ReceivedSms("+447700900456", TwilioSms.FromNumber, SmsPatients.WelcomeText);
        var exchanges = Twilio.Exchanges;
        Assert.Equal([(message, (int)status), (message, 201)], exchanges.Select(exchange => (exchange.Sms, exchange.Status)));
        Assert.InRange(exchanges[1].At - exchanges[0].At, RetryBaseDelay, TimeSpan.FromSeconds(5));
        Assert.Equal((2, exchanges[1].Sid, null), (delivery.Attempts, delivery.ProviderMessageId, delivery.LastError));
    }
}
