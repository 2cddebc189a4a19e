using Pms.Notifications.Services;

namespace Pms.Notifications.Tests;

public sealed class NotificationOptionsValidatorTests
{
    private static readonly NotificationOptionsValidator Validator = new();

    [Fact]
    public void TheDefaultsAreAccepted() => Assert.True(Validator.Validate(null, new NotificationOptions()).Succeeded);

    [Fact]
    public void TheFormerRegionSettingStopsTheServiceInsteadOfBeingIgnored() => Assert.Equal(
        ["Notifications:DefaultPhoneRegion is no longer read; set PhoneNumbers:DefaultRegion, which every service reads."],
        Validator.Validate(null, new NotificationOptions { DefaultPhoneRegion = "GB" }).Failures);

    [Fact]
    public void AnUnknownSmsProviderIsRefused() => Assert.Equal(
        ["Notifications:SmsProvider 'Twillio' is neither Local nor Twilio."],
        Validator.Validate(null, new NotificationOptions { SmsProvider = "Twillio" }).Failures);

    [Fact]
    public void TwilioNeedsItsAccount() => Assert.Equal(
        ["Notifications:Twilio:AccountSid, AuthToken and FromNumber are required when Notifications:SmsProvider is Twilio."],
        Validator.Validate(null, Twilio(authToken: " ")).Failures);

    [Fact]
    public void AStandInWithAPathIsRefusedRatherThanHavingThePathIgnored() => Assert.Equal(
        ["Notifications:Twilio:BaseUrl is the scheme, host and port of a server that serves Twilio's API from its root, such as http://127.0.0.1:5090."],
        Validator.Validate(null, Twilio(baseUrl: new Uri("http://127.0.0.1:5090/twilio"))).Failures);

    [Fact]
    public void ACompleteTwilioAccountIsAccepted() =>
        Assert.True(Validator.Validate(null, Twilio(baseUrl: new Uri("http://127.0.0.1:5090"))).Succeeded);

    private static NotificationOptions Twilio(string authToken = "token", Uri? baseUrl = null) => new()
    {
        SmsProvider = "twilio",
        Twilio = new TwilioOptions { AccountSid = "AC0123", AuthToken = authToken, FromNumber = "+15005550006", BaseUrl = baseUrl },
    };
}
