using Pms.ServiceDefaults.Phones;

namespace Pms.ServiceDefaults.Tests;

public sealed class E164Tests
{
    [Theory]
    [InlineData("+44 7700 900123", "US", "+447700900123")]
    [InlineData("07700 900123", "GB", "+447700900123")]
    [InlineData("07700 900123", "gb", "+447700900123")]
    [InlineData("(202) 555-0143", "US", "+12025550143")]
    [InlineData(" 202.555.0143 ", "US", "+12025550143")]
    [InlineData("1 202 555 0143", "US", "+12025550143")]
    [InlineData("+1 555 123 4567", "GB", "+15551234567")]
    [InlineData("+233 20 123 4567", "GB", "+233201234567")]
    [InlineData("00 44 20 7946 0018", "GB", "+442079460018")]
    [InlineData("06 12 34 56 78", "FR", "+33612345678")]
    [InlineData("+12025550143", "GB", "+12025550143")]
    public void ANumberIsWrittenInE164(string typed, string region, string expected) => Assert.Equal(expected, E164.From(typed, region));

    [Theory]
    [InlineData("12", "US")]
    [InlineData("call me maybe", "US")]
    [InlineData("+1 555 0100", "US")]
    [InlineData("555-0143", "US")]
    [InlineData("+1 202 555 01433", "US")]
    [InlineData("+999 1234 5678", "US")]
    [InlineData("", "US")]
    [InlineData("202 555 0143", "UK")]
    public void WhatCannotBeAPhoneNumberHasNoE164Form(string typed, string region) => Assert.Null(E164.From(typed, region));

    [Theory]
    [InlineData("+442079460018", "+44 20 7946 0018")]
    [InlineData("+12025550143", "+1 202-555-0143")]
    [InlineData("call me", "call me")]
    public void ANumberIsShownAsPeopleWriteIt(string stored, string shown) => Assert.Equal(shown, E164.Display(stored));

    [Theory]
    [InlineData("US", true)]
    [InlineData("gb", true)]
    [InlineData("UK", false)]
    [InlineData("", false)]
    public void ARegionIsAnIsoCodeThatHasANumberingPlan(string region, bool expected) => Assert.Equal(expected, E164.IsRegion(region));
}
