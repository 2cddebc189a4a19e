using Pms.Testing;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Pms.Notifications.Model;
using Pms.Notifications.Sending;
using Pms.Notifications.Tests.Infrastructure;

namespace Pms.Notifications.Tests;

/// <summary>An account whose credentials Twilio refuses: every attempt is an error an operator sees, and the message is retried like any failure.</summary>
public sealed class TwilioCredentialsTests : IAsyncLifetime
{
    private TwilioSms _sms = null!;

    public async ValueTask InitializeAsync() => _sms = await TwilioSms.StartAsync(new()
    {
        ["Notifications:RetryBaseDelay"] = "00:00:00.100",
        ["Notifications:MaxAttempts"] = "3",
    }, authToken: "a-revoked-auth-token");

    public ValueTask DisposeAsync() => _sms.DisposeAsync();

    [TimedFact]
    public async Task RefusedCredentialsAreLoggedAsErrorsCountedAndRetriedUntilTheAttemptsAreSpent()
    {
        using var refusals = new MetricCollector<long>(_sms.App.Services.GetRequiredService<IMeterFactory>(), NotificationsMeter.Name, SmsMetrics.CredentialsRefused);

        var patientId = await _sms.App.RegisterAsync("+1 (202) 555-0143");
        var delivery = await _sms.App.SmsOnceAsync(patientId, DeliveryStatus.Failed);

        var message = new ReceivedSms("+12025550143", TwilioSms.FromNumber, SmsPatients.WelcomeText);
        Assert.Equal([(message, 401), (message, 401), (message, 401)], _sms.Twilio.Exchanges.Select(exchange => (exchange.Sms, exchange.Status)));
        Assert.Equal((3, "ApiException: Authenticate"), (delivery.Attempts, delivery.LastError));
        Assert.Equal(
            Enumerable.Repeat((LogLevel.Error, "Twilio refused the account's credentials (error 20003): no SMS can be sent until Notifications:Twilio is corrected"), 3),
            _sms.App.Logs.GetSnapshot().Where(record => record.Category == typeof(TwilioSmsSender).FullName).Select(record => (record.Level, record.Message)));
        Assert.Equal([(1L, "twilio"), (1L, "twilio"), (1L, "twilio")],
            refusals.GetMeasurementSnapshot().Select(measurement => (measurement.Value, (string?)measurement.Tags["provider"])));
    }
}
