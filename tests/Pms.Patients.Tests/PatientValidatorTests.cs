using Pms.Patients.Dtos;
using Pms.Patients.Model;
using Pms.Patients.Services;
using Pms.ServiceDefaults.Apis;

namespace Pms.Patients.Tests;

public sealed class PatientValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static PatientDetailsRequest Valid() => new(
        "Ama", "Owusu", new DateOnly(1990, 3, 6), "Female", "+233 20 123 4567", "ama@example.org",
        new Address("1 Hospital Road", null, "Accra", null, "GA-123", "Ghana"), new EmergencyContact("Kofi", "Brother", "+233 20 765 4321"));

    [Fact]
    public void CompleteDetailsAreValid() => Assert.Empty(ErrorsOf(Valid(), Today, "US"));

    [Fact]
    public void OnlyNamesDateOfBirthAndSexAreRequired() =>
        Assert.Empty(ErrorsOf(Valid() with { PhoneNumber = null, Email = null, Address = null, EmergencyContact = null }, Today, "US"));

    [Theory]
    [InlineData(1)]
    [InlineData(365 * 131)]
    public void ABirthDateInTheFutureOrMoreThan130YearsAgoIsRejected(int daysFromToday) =>
        Assert.Contains("dateOfBirth", ErrorsOf(
            Valid() with { DateOfBirth = daysFromToday == 1 ? Today.AddDays(1) : Today.AddDays(-daysFromToday) }, Today, "US").Keys);

    [Fact]
    public void ANewbornBornTodayIsValid() =>
        Assert.Empty(ErrorsOf(Valid() with { DateOfBirth = Today }, Today, "US"));

    [Theory]
    [InlineData("Robot")]
    [InlineData("")]
    [InlineData(null)]
    public void SexOutsideTheFixedSetIsRejected(string? sex) =>
        Assert.Contains("sex", ErrorsOf(Valid() with { Sex = sex }, Today, "US").Keys);

    [Theory]
    [InlineData("female")]
    [InlineData("UNKNOWN")]
    public void SexIsMatchedWithoutCase(string sex) =>
        Assert.Empty(ErrorsOf(Valid() with { Sex = sex }, Today, "US"));

    [Theory]
    [InlineData("12")]
    [InlineData("12345")]
    [InlineData("555-0143")]
    [InlineData("call me")]
    [InlineData("+1 555 0100 ext 5")]
    [InlineData("1234567890123456")]
    [InlineData("44+ 20 7946 0018")]
    public void MalformedPhoneNumbersAreRejected(string phone) =>
        Assert.Contains("phoneNumber", ErrorsOf(Valid() with { PhoneNumber = phone }, Today, "US").Keys);

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("Ada <ada@example.org>")]
    public void MalformedEmailsAreRejected(string email) =>
        Assert.Contains("email", ErrorsOf(Valid() with { Email = email }, Today, "US").Keys);

    [Fact]
    public void OverlongFieldsAreReportedUnderTheirOwnNames()
    {
        var errors = ErrorsOf(Valid() with
        {
            LastName = new string('x', 101),
            Address = new Address(new string('x', 201), null, null, null, null, null),
            EmergencyContact = new EmergencyContact(null, null, "abc"),
        }, Today, "US");

        Assert.Equal(["address.line1", "emergencyContact.phoneNumber", "lastName"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void IdentifiersComeBackWithoutSpacesInUpperCase()
    {
        var request = Valid() with { Identifiers = [new("NationalId", " ab 12 34 56 c "), new("passport", "533380006")], PreferredLanguage = " tw " };

        Assert.True(PatientValidator.Validate(request, Today, "US", new IdentifierOptions()).IsDone(out var details));

        Assert.Equal([new PatientIdentifier(IdentifierKind.NationalId, "AB123456C"), new PatientIdentifier(IdentifierKind.Passport, "533380006")], details.Identifiers);
        Assert.Equal(("tw", true), (details.PreferredLanguage, details.Active));
    }

    [Theory]
    [InlineData("DriverLicence", "D1234567", "identifiers[0].type")]
    [InlineData("Passport", "12", "identifiers[0].value")]
    [InlineData("NationalId", "AB-12", "identifiers[0].value")]
    public void AnIdentifierOfAnUnknownKindOrNotInItsFormatIsRejected(string type, string value, string field) =>
        Assert.Contains(field, ErrorsOf(Valid() with { Identifiers = [new(type, value)] }, Today, "US").Keys);

    [Fact]
    public void ARecordHoldsOneIdentifierOfEachKind() =>
        Assert.Contains("identifiers[1].type", ErrorsOf(Valid() with { Identifiers = [new("Passport", "533380006"), new("Passport", "533380007")] }, Today, "US").Keys);

    [Fact]
    public void TheFormatOfAKindComesFromConfiguration()
    {
        var options = new IdentifierOptions();
        options.Rules[IdentifierKind.NationalId].Pattern = "[0-9]{10}";

        Assert.False(PatientValidator.Validate(Valid() with { Identifiers = [new("NationalId", "AB123456C")] }, Today, "US", options).IsDone(out _));
        Assert.True(PatientValidator.Validate(Valid() with { Identifiers = [new("NationalId", "943 476 5919")] }, Today, "US", options).IsDone(out _));
    }

    [Theory]
    [InlineData(1, "deceasedOn")]
    [InlineData(-20_000, "deceasedOn")]
    public void ADateOfDeathInTheFutureOrBeforeBirthIsRejected(int daysFromToday, string field) =>
        Assert.Contains(field, ErrorsOf(Valid() with { DeceasedOn = Today.AddDays(daysFromToday) }, Today, "US").Keys);

    [Theory]
    [InlineData("English")]
    [InlineData("e")]
    [InlineData("en_GB")]
    [InlineData("en-abcdefgh-abcdefgh-abcdefgh-abcdefgh")]
    public void APreferredLanguageMustBeALanguageTag(string language) =>
        Assert.Contains("preferredLanguage", ErrorsOf(Valid() with { PreferredLanguage = language }, Today, "US").Keys);

    [Fact]
    public void ValidDetailsComeBackTrimmedWithPhonesInE164()
    {
        Assert.True(PatientValidator.Validate(Valid() with { FirstName = " Ama ", Email = " ama@example.org " }, Today, "US", new IdentifierOptions()).IsDone(out var details));

        Assert.Equal(("Ama", Sex.Female, "+233201234567", "ama@example.org", "+233207654321"),
            (details.FirstName, details.Sex, details.PhoneNumber, details.Email, details.EmergencyContact?.PhoneNumber));
    }

    private static IDictionary<string, string[]> ErrorsOf(PatientDetailsRequest request, DateOnly today, string phoneRegion) =>
        PatientValidator.Validate(request, today, phoneRegion, new IdentifierOptions()) is Outcome<ValidPatientDetails>.Invalid invalid ? invalid.Errors : new Dictionary<string, string[]>();
}
