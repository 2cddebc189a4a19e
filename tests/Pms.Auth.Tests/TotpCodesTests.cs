using Microsoft.Extensions.Time.Testing;
using OtpNet;
using Pms.Auth.Services.Mfa;

namespace Pms.Auth.Tests;

public sealed class TotpCodesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 10, 0, 15, TimeSpan.Zero);

    [Fact]
    public void TheCurrentCodeIsAcceptedOnceAndAnEarlierStepNeverAgain()
    {
        var clock = new FakeTimeProvider(Now);
        var codes = new TotpCodes(clock);
        var secret = TotpCodes.NewSecret();
        var totp = new Totp(Base32Encoding.ToBytes(secret));
        var current = totp.ComputeTotp(Now.UtcDateTime);

        var step = codes.Verify(secret, current, lastAccepted: null);
        var replayed = codes.Verify(secret, current, lastAccepted: step);
        var previous = codes.Verify(secret, totp.ComputeTotp(Now.UtcDateTime.AddSeconds(-30)), lastAccepted: step);

        Assert.Equal(Now.ToUnixTimeSeconds() / 30, step);
        Assert.Null(replayed);
        Assert.Null(previous);
    }

    [Theory]
    [InlineData(-30, true)]
    [InlineData(30, true)]
    [InlineData(-90, false)]
    [InlineData(90, false)]
    public void OneStepOfClockDriftIsAllowedAndNoMore(int driftSeconds, bool accepted)
    {
        var codes = new TotpCodes(new FakeTimeProvider(Now));
        var secret = TotpCodes.NewSecret();
        var code = new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(Now.UtcDateTime.AddSeconds(driftSeconds));

        Assert.Equal(accepted, codes.Verify(secret, code, lastAccepted: null) is not null);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    public void AnythingButSixDigitsIsRefused(string code) =>
        Assert.Null(new TotpCodes(new FakeTimeProvider(Now)).Verify(TotpCodes.NewSecret(), code, lastAccepted: null));

    [Fact]
    public void TheOtpauthUriNamesTheIssuerTheAccountAndTheParametersAppsExpect()
    {
        var uri = TotpCodes.OtpauthUri("mary@example.org", "JBSWY3DPEHPK3PXP");

        Assert.Equal("otpauth://totp/PMS:mary%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=PMS&algorithm=SHA1&digits=6&period=30", uri);
    }
}
