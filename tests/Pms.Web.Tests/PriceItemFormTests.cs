using System.Globalization;
using Bunit;
using Pms.Contracts;
using Pms.Web.Components.Forms;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Tests;

public sealed class PriceItemFormTests : WebComponentTest
{
    public PriceItemFormTests() => SignIn(PmsRoles.Admin);

    [Fact]
    public void APriceIsReadWithTheDecimalSeparatorOfTheAdminsCulture()
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        PriceItem? saved = null;
        var form = Render<PriceItemForm>(parameters => parameters
            .Add(form => form.Model, new PriceItemModel { Code = "DRESS-1", Name = "Wound dressing" })
            .Add(form => form.Submit, item =>
            {
                saved = item;
                return Task.CompletedTask;
            }));

        form.Find("input[data-testid=price]").Change("12,50");
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Equal(12.50m, saved?.UnitPrice));
    }

    [Theory]
    [InlineData("-5", "An amount cannot be negative.")]
    [InlineData("12,50", "Write the amount like 1,234.50.")]
    [InlineData("", "Enter the price.")]
    public void APriceThatCannotBeReadIsRefusedWithTheReason(string price, string message)
    {
        var submitted = false;
        var form = Render<PriceItemForm>(parameters => parameters
            .Add(form => form.Model, new PriceItemModel { Code = "DRESS-1", Name = "Wound dressing" })
            .Add(form => form.Submit, _ =>
            {
                submitted = true;
                return Task.CompletedTask;
            }));

        form.Find("input[data-testid=price]").Change(price);
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains(message, form.Markup));
        Assert.False(submitted);
    }
}
