using Pms.Auth.Dtos;
using Pms.Auth.Services;

namespace Pms.Auth.Tests;

public sealed class RegistrationValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static RegisterRequest Valid() =>
        new("ada@example.org", "correct horse battery staple", "Ada", "Lovelace", "+44 20 7946 0000", new DateOnly(1990, 12, 10));

    [Fact]
    public void ACompleteRequestHasNoErrors() =>
        Assert.Empty(RegistrationValidator.Validate(Valid(), Today, "US"));

    [Theory]
    [InlineData("12", "US")]
    [InlineData("555-0143", "US")]
    [InlineData("call me", "US")]
    [InlineData("020 7946 0018", "US")]
    public void WhatCannotBeAPhoneNumberIsRefused(string phone, string region) =>
        Assert.Contains("phoneNumber", RegistrationValidator.Validate(Valid() with { PhoneNumber = phone }, Today, region).Keys);

    [Theory]
    [InlineData("020 7946 0018", "GB")]
    [InlineData("(202) 555-0143", "US")]
    public void ANumberWithoutItsCountryCodeIsReadAsOneOfTheDefaultRegion(string phone, string region) =>
        Assert.Empty(RegistrationValidator.Validate(Valid() with { PhoneNumber = phone }, Today, region));

    [Theory]
    [InlineData("female", true)]
    [InlineData("Unknown", true)]
    [InlineData("robot", false)]
    public void SexIsOneThePatientRecordKnows(string sex, bool valid) =>
        Assert.Equal(valid, !RegistrationValidator.Validate(Valid() with { Sex = sex }, Today, "US").ContainsKey("sex"));

    [Theory]
    [InlineData("")]
    [InlineData("not-an-email")]
    [InlineData(null)]
    public void AnInvalidEmailIsRejected(string? email) =>
        Assert.Contains("email", RegistrationValidator.Validate(Valid() with { Email = email }, Today, "US").Keys);

    [Theory]
    [InlineData(11)]
    [InlineData(129)]
    public void APasswordOutsideTwelveToOneHundredTwentyEightCharactersIsRejected(int length) =>
        Assert.Contains("password", RegistrationValidator.Validate(Valid() with { Password = new string('x', length) }, Today, "US").Keys);

    [Theory]
    [InlineData(12)]
    [InlineData(128)]
    public void APasswordWithoutCompositionRulesIsAcceptedAtTheLengthLimits(int length) =>
        Assert.DoesNotContain("password", RegistrationValidator.Validate(Valid() with { Password = new string('x', length) }, Today, "US").Keys);

    [Fact]
    public void ABirthDateInTheFutureIsRejected() =>
        Assert.Contains("dateOfBirth", RegistrationValidator.Validate(Valid() with { DateOfBirth = Today.AddDays(1) }, Today, "US").Keys);

    [Fact]
    public void AMissingBirthDateIsRejected() =>
        Assert.Contains("dateOfBirth", RegistrationValidator.Validate(Valid() with { DateOfBirth = null }, Today, "US").Keys);

    [Fact]
    public void BlankNamesAreRejected()
    {
        var errors = RegistrationValidator.Validate(Valid() with { FirstName = " ", LastName = new string('n', 101) }, Today, "US");

        Assert.Contains("firstName", errors.Keys);
        Assert.Contains("lastName", errors.Keys);
    }

    [Fact]
    public void ThePhoneNumberIsOptional() =>
        Assert.Empty(RegistrationValidator.Validate(Valid() with { PhoneNumber = null }, Today, "US"));
}
