using Pms.Auth.Dtos;
using Pms.Auth.Services;
using Pms.ServiceDefaults.Apis;

namespace Pms.Auth.Tests;

public sealed class RegistrationValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static RegisterRequest Valid() =>
        new("ada@example.org", "correct horse battery staple", "Ada", "Lovelace", "+44 20 7946 0000", new DateOnly(1990, 12, 10));

    [Fact]
    public void ACompleteRequestHasNoErrors() =>
        Assert.Empty(ErrorsOf(Valid(), Today, "US"));

    [Theory]
    [InlineData("12", "US")]
    [InlineData("555-0143", "US")]
    [InlineData("call me", "US")]
    [InlineData("020 7946 0018", "US")]
    public void WhatCannotBeAPhoneNumberIsRefused(string phone, string region) =>
        Assert.Contains("phoneNumber", ErrorsOf(Valid() with { PhoneNumber = phone }, Today, region).Keys);

    [Theory]
    [InlineData("020 7946 0018", "GB")]
    [InlineData("(202) 555-0143", "US")]
    public void ANumberWithoutItsCountryCodeIsReadAsOneOfTheDefaultRegion(string phone, string region) =>
        Assert.Empty(ErrorsOf(Valid() with { PhoneNumber = phone }, Today, region));

    [Theory]
    [InlineData("female", true)]
    [InlineData("Unknown", true)]
    [InlineData("robot", false)]
    public void SexIsOneThePatientRecordKnows(string sex, bool valid) =>
        Assert.Equal(valid, !ErrorsOf(Valid() with { Sex = sex }, Today, "US").ContainsKey("sex"));

    [Theory]
    [InlineData("")]
    [InlineData("not-an-email")]
    [InlineData(null)]
    public void AnInvalidEmailIsRejected(string? email) =>
        Assert.Contains("email", ErrorsOf(Valid() with { Email = email }, Today, "US").Keys);

    [Theory]
    [InlineData(11)]
    [InlineData(129)]
    public void APasswordOutsideTwelveToOneHundredTwentyEightCharactersIsRejected(int length) =>
        Assert.Contains("password", ErrorsOf(Valid() with { Password = new string('x', length) }, Today, "US").Keys);

    [Theory]
    [InlineData(12)]
    [InlineData(128)]
    public void APasswordWithoutCompositionRulesIsAcceptedAtTheLengthLimits(int length) =>
        Assert.DoesNotContain("password", ErrorsOf(Valid() with { Password = new string('x', length) }, Today, "US").Keys);

    [Fact]
    public void ABirthDateInTheFutureIsRejected() =>
        Assert.Contains("dateOfBirth", ErrorsOf(Valid() with { DateOfBirth = Today.AddDays(1) }, Today, "US").Keys);

    [Fact]
    public void AMissingBirthDateIsRejected() =>
        Assert.Contains("dateOfBirth", ErrorsOf(Valid() with { DateOfBirth = null }, Today, "US").Keys);

    [Fact]
    public void BlankNamesAreRejected()
    {
        var errors = ErrorsOf(Valid() with { FirstName = " ", LastName = new string('n', 101) }, Today, "US");

        Assert.Contains("firstName", errors.Keys);
        Assert.Contains("lastName", errors.Keys);
    }

    [Fact]
    public void ThePhoneNumberIsOptional() =>
        Assert.Empty(ErrorsOf(Valid() with { PhoneNumber = null }, Today, "US"));

    [Fact]
    public void AValidRequestComesBackWithATrimmedEmailAndAnE164Phone()
    {
        Assert.True(RegistrationValidator.Validate(Valid() with { Email = " ada@example.org " }, Today, "US").IsDone(out var registration));

        Assert.Equal(("ada@example.org", "+442079460000"), (registration.Account.Email, registration.PhoneNumber));
    }

    private static IDictionary<string, string[]> ErrorsOf(RegisterRequest request, DateOnly today, string phoneRegion) =>
        RegistrationValidator.Validate(request, today, phoneRegion) is Outcome<ValidRegistration>.Invalid invalid ? invalid.Errors : new Dictionary<string, string[]>();
}
