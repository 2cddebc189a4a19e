using System.Globalization;
using Pms.Web.Components.Forms;

namespace Pms.Web.Tests;

public sealed class AmountTextTests : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;

    public void Dispose() => CultureInfo.CurrentCulture = _culture;

    [Theory]
    [InlineData("en-US", "12.50", 12.50)]
    [InlineData("en-US", "1,250.00", 1250)]
    [InlineData("en-US", "1250", 1250)]
    [InlineData("de-DE", "12,50", 12.50)]
    [InlineData("de-DE", "1.250,5", 1250.5)]
    [InlineData("fr-FR", "1 250,75", 1250.75)]
    public void AnAmountIsReadTheWayThePersonsCultureWritesIt(string culture, string text, decimal expected)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);

        Assert.Null(AmountText.Problem(text));
        Assert.Equal(expected, AmountText.Read(text));
    }

    [Theory]
    [InlineData("en-US", "12,50", "Write the amount like 1,234.50.")]
    [InlineData("de-DE", "12.50", "Write the amount like 1.234,50.")]
    [InlineData("en-US", "-5", "An amount cannot be negative.")]
    [InlineData("en-US", "12.505", "An amount has at most two decimals.")]
    [InlineData("en-US", "12a", "Write the amount like 1,234.50.")]
    [InlineData("en-US", "\u0661\u0662", "Write the amount like 1,234.50.")]
    [InlineData("en-US", "999999999999999999999999999999", "Write the amount like 1,234.50.")]
    public void AnAmountItWouldHaveToGuessAtIsRefused(string culture, string text, string message)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);

        Assert.Equal(message, AmountText.Problem(text));
        Assert.Null(AmountText.Read(text));
    }

    [Fact]
    public void AnEmptyFieldIsNoAmountAndNoProblem()
    {
        Assert.Null(AmountText.Read("  "));
        Assert.Null(AmountText.Problem("  "));
    }
}
