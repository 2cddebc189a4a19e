using Pms.ServiceDefaults.Apis;

namespace Pms.ServiceDefaults.Tests;

public sealed class EnumFieldTests
{
    private enum Priority
    {
        Primary,
        Secondary,
    }

    [Theory]
    [InlineData("Primary", true)]
    [InlineData(" secondary ", true)]
    [InlineData("1", false)]
    [InlineData("Primary,Secondary", false)]
    [InlineData("Tertiary", false)]
    [InlineData(null, false)]
    public void AFieldNamesOneMemberByNameOnly(string? value, bool accepted) =>
        Assert.Equal(accepted, EnumField.TryParse<Priority>(value, out _));
}
