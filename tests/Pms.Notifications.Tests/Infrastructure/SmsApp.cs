using Microsoft.AspNetCore.Hosting;
using Pms.Contracts;
using Pms.Notifications.Infrastructure;
using Pms.Testing;

namespace Pms.Notifications.Tests.Infrastructure;

/// <summary>notification-service in memory sending its SMS through Twilio's client to <see cref="FakeTwilio"/>; numbers typed without a country code are British.</summary>
public sealed class SmsApp(FakeTwilio twilio) : ServiceApp<Program, NotificationDbContext>(new PostgresServer(), ResourceNames.NotificationDatabase)
{
    public const string FromNumber = "+447700900999";

    protected override void Configure(IWebHostBuilder builder) =>
        builder
            .UseSetting($"ConnectionStrings:{ResourceNames.Mail}", "smtp://127.0.0.1:9")
            .UseSetting("Notifications:SmsProvider", "Twilio")
            .UseSetting("Notifications:Twilio:AccountSid", FakeTwilio.AccountSid)
            .UseSetting("Notifications:Twilio:AuthToken", FakeTwilio.AuthToken)
            .UseSetting("Notifications:Twilio:FromNumber", FromNumber)
            .UseSetting("Notifications:Twilio:BaseUrl", twilio.BaseUrl.ToString())
            .UseSetting("Notifications:DefaultPhoneRegion", "GB")
            .UseSetting("Notifications:DispatchInterval", "00:00:00.100")
            .UseSetting("Notifications:RetryBaseDelay", "00:00:00.200");
}
