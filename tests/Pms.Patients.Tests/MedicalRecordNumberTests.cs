using Pms.Patients.Model;

namespace Pms.Patients.Tests;

public sealed class MedicalRecordNumberTests
{
    [Theory]
    [InlineData(1, "PMS-0000001-8")]
    [InlineData(123, "PMS-0000123-0")]
    [InlineData(9_999_999, "PMS-9999999-7")]
    [InlineData(12_345_678, "PMS-12345678-2")]
    public void ASequenceNumberBecomesAPaddedNumberWithALuhnCheckDigit(long sequence, string expected) =>
        Assert.Equal(expected, MedicalRecordNumber.FromSequence(sequence));

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(7_654_321)]
    public void GeneratedNumbersAreValid(long sequence) =>
        Assert.True(MedicalRecordNumber.IsValid(MedicalRecordNumber.FromSequence(sequence)));

    [Theory]
    [InlineData("PMS-0000001-7")]
    [InlineData("PMS-0000010-8")]
    [InlineData("PMS-000001-8")]
    [InlineData("0000001-8")]
    [InlineData("PMS-00000a1-8")]
    [InlineData("")]
    [InlineData(null)]
    public void AMistypedOrMalformedNumberIsInvalid(string? value) =>
        Assert.False(MedicalRecordNumber.IsValid(value));

    [Fact]
    public void ASwapOfNeighbouringDigitsIsCaught() =>
        Assert.False(MedicalRecordNumber.IsValid("PMS-0000132-0"));

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void ANonPositiveSequenceIsRefused(long sequence) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MedicalRecordNumber.FromSequence(sequence));
}
