using Pms.Testing;
using Pms.Notifications.Model;
using Pms.Notifications.Tests.Infrastructure;

namespace Pms.Notifications.Tests;

/// <summary>Without an SMS provider messages are only recorded, as the provider would have been given them.</summary>
public sealed class RecordedSmsTests : IAsyncLifetime
{
    private readonly NotificationsApp _app = new(new Dictionary<string, string> { ["Notifications:DispatchInterval"] = "00:00:00.050" });

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [TimedFact]
    public async Task ANationalNumberIsRecordedInE164AsANumberOfTheUnitedStatesByDefault()
    {
        var patientId = await _app.RegisterAsync("(202) 555-0143");

        var delivery = await _app.SmsOnceAsync(patientId, DeliveryStatus.Sent);

        Assert.Equal(("+12025550143", SmsPatients.WelcomeText, 1), (delivery.Recipient, delivery.Body, delivery.Attempts));
        Assert.StartsWith("local-", delivery.ProviderMessageId, StringComparison.Ordinal);
    }

    [TimedFact]
    public async Task ANumberThatCannotBeAPhoneNumberFailsAtOnce()
    {
        var patientId = await _app.RegisterAsync("555-0143");

        var delivery = await _app.SmsOnceAsync(patientId, DeliveryStatus.Failed);

        Assert.Equal(("555-0143", 1, "The recipient is not a phone number, even read as a number of US.", null),
            (delivery.Recipient, delivery.Attempts, delivery.LastError, delivery.ProviderMessageId));
    }
}
