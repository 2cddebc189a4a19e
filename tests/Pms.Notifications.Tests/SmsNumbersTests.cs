using Pms.Notifications.Sending;

namespace Pms.Notifications.Tests;

public sealed class SmsNumbersTests
{
    [Theory]
    [InlineData("+44 7700 900123", "US", "+447700900123")]
    [InlineData("07700 900123", "GB", "+447700900123")]
    [InlineData("(202) 555-0143", "US", "+12025550143")]
    [InlineData("+233 20 123 4567", "GB", "+233201234567")]
    [InlineData("00 44 20 7946 0018", "GB", "+442079460018")]
    public void ANumberIsWrittenInE164(string typed, string region, string expected) => Assert.Equal(expected, SmsNumbers.ToE164(typed, region));

    [Theory]
    [InlineData("12")]
    [InlineData("call me maybe")]
    [InlineData("+1 555 0100")]
    [InlineData("")]
    public void WhatCannotBeAPhoneNumberHasNoE164Form(string typed) => Assert.Null(SmsNumbers.ToE164(typed, "US"));
}
