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
    public void ValidDetailsComeBackTrimmedWithPhonesInE164()
    {
        Assert.True(PatientValidator.Validate(Valid() with { FirstName = " Ama ", Email = " ama@example.org " }, Today, "US").IsDone(out var details));

        Assert.Equal(("Ama", Sex.Female, "+233201234567", "ama@example.org", "+233207654321"),
            (details.FirstName, details.Sex, details.PhoneNumber, details.Email, details.EmergencyContact?.PhoneNumber));
    }

    private static IDictionary<string, string[]> ErrorsOf(PatientDetailsRequest request, DateOnly today, string phoneRegion) =>
        PatientValidator.Validate(request, today, phoneRegion) is Outcome<ValidPatientDetails>.Invalid invalid ? invalid.Errors : new Dictionary<string, string[]>();
}
