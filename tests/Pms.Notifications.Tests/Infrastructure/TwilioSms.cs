namespace Pms.Notifications.Tests.Infrastructure;

/// <summary>notification-service in memory sending its SMS through Twilio's own client to a <see cref="FakeTwilio"/> of its own.</summary>
public sealed class TwilioSms : IAsyncDisposable
{
    public const string FromNumber = "+447700900999";

    private TwilioSms(FakeTwilio twilio, NotificationsApp app) => (Twilio, App) = (twilio, app);

    public FakeTwilio Twilio { get; }

    public NotificationsApp App { get; }

    /// <summary>Starts both, the service with the account's credentials unless told others, and with these settings besides.</summary>
    public static async Task<TwilioSms> StartAsync(Dictionary<string, string> settings, string authToken = FakeTwilio.AuthToken)
    {
        var twilio = await FakeTwilio.StartAsync();
        settings["Notifications:SmsProvider"] = "Twilio";
        settings["Notifications:Twilio:AccountSid"] = FakeTwilio.AccountSid;
        settings["Notifications:Twilio:AuthToken"] = authToken;
        settings["Notifications:Twilio:FromNumber"] = FromNumber;
        settings["Notifications:Twilio:BaseUrl"] = twilio.BaseUrl.ToString();
        settings["Notifications:DispatchInterval"] = "00:00:00.050";
        var app = new NotificationsApp(settings);
        await app.InitializeAsync();
        return new TwilioSms(twilio, app);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Twilio.DisposeAsync();
    }
}
