using Pms.Patients.Model;

namespace Pms.Patients.Tests;

public sealed class PatientNormalizationTests
{
    [Theory]
    [InlineData("José", "Álvarez", "jose alvarez")]
    [InlineData("  ZOË ", "  Ångström-Björk ", "zoe angstrom-bjork")]
    [InlineData("Mary  Ann", "O'Neil", "mary ann o'neil")]
    public void NamesCompareWithoutCaseAccentsOrExtraSpaces(string first, string last, string expected) =>
        Assert.Equal(expected, PatientNormalization.Name(first, last));

    [Theory]
    [InlineData("+44 (20) 7946-0018", "+442079460018")]
    [InlineData("020 7946 0018", "02079460018")]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void PhonesCompareByTheirDigits(string? phone, string? expected) =>
        Assert.Equal(expected, PatientNormalization.Phone(phone));

    [Fact]
    public void EmailsCompareWithoutCase() =>
        Assert.Equal("ada@example.org", PatientNormalization.Email(" Ada@Example.ORG "));

    [Fact]
    public void ASelfRegisteredAccountAlwaysMapsToTheSamePatientId()
    {
        var account = Guid.Parse("01a2230a-2ae6-7ef1-ab94-860a6a412578");

        Assert.Equal(PatientIds.ForAccount(account), PatientIds.ForAccount(account));
        Assert.NotEqual(account, PatientIds.ForAccount(account));
        Assert.NotEqual(PatientIds.ForAccount(Guid.NewGuid()), PatientIds.ForAccount(account));
    }
}
