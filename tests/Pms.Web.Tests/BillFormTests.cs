using Bunit;
using Pms.Web.Components.Forms;

namespace Pms.Web.Tests;

public sealed class BillFormTests : WebComponentTest
{
    [Fact]
    public void ABillWithoutItemsIsNotIssued()
    {
        var issued = false;
        var form = Render<BillForm>(parameters => parameters
            .Add(form => form.Catalog, [])
            .Add(form => form.Submit, _ => { issued = true; return Task.CompletedTask; }));

        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("Add at least one item.", form.Markup));
        Assert.False(issued);
    }

    [Fact]
    public void TotalsFollowTheLinesAsTheyAreAdded()
    {
        var form = Render<BillForm>(parameters => parameters
            .Add(form => form.Catalog, [])
            .Add(form => form.Submit, _ => Task.CompletedTask));

        AddFreeLine(form, "Dressing pack", quantity: "3", unitPrice: "12.35");

        Assert.Equal("37.05 USD", form.Find("[data-testid=bill-total]").TextContent);
    }

    [Fact]
    public void ADiscountNeedsAReason()
    {
        var model = new BillModel { DiscountKind = BillModel.DiscountKinds.Percent, DiscountValue = "10" };
        model.Items.Add(new BillLineModel { Description = "Consultation", Quantity = 1, UnitPrice = 80 });

        var errors = Validate(model);

        Assert.Contains(errors, error => error.ErrorMessage == "Give the reason for the discount.");
    }

    [Theory]
    [InlineData("Percent", 12.5, 175.00, 21.88, 153.12)]
    [InlineData("Amount", 25, 175.00, 25, 150.00)]
    [InlineData("Amount", 500, 175.00, 175.00, 0)]
    public void TheDiscountIsTakenFromTheSubtotalInCentsRoundedHalfAwayFromZero(string kind, decimal value, decimal subtotal, decimal discount, decimal total)
    {
        var model = new BillModel { DiscountKind = kind, DiscountValue = value.ToString(System.Globalization.CultureInfo.CurrentCulture), DiscountReason = "Hardship" };
        model.Items.Add(new BillLineModel { Code = "CONSULT-GP", Description = "Consultation", Quantity = 2, UnitPrice = 75 });
        model.Items.Add(new BillLineModel { Description = "Dressing", Quantity = 1, UnitPrice = 25 });

        Assert.Equal(subtotal, model.Subtotal);
        Assert.Equal(discount, model.Discount);
        Assert.Equal(total, model.TotalBeforeTax);
    }

    [Fact]
    public void ACatalogLineIsSentWithItsCodeSoBillingChargesTheCatalogPrice()
    {
        var model = new BillModel { BillType = "Laboratory" };
        model.Items.Add(new BillLineModel { Code = "LAB-CBC", Description = "Full blood count", Quantity = 1, UnitPrice = 18 });

        var bill = model.ToNewBill(Guid.NewGuid());

        Assert.Equal("LAB-CBC", Assert.Single(bill.Items).Code);
        Assert.Null(bill.Discount);
    }

    private static List<System.ComponentModel.DataAnnotations.ValidationResult> Validate(BillModel model) =>
        [.. model.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(model))];

    private static void AddFreeLine(IRenderedComponent<BillForm> form, string description, string quantity, string unitPrice)
    {
        var control = (string label) => form.FindAll(".mud-input-control")
            .Last(candidate => candidate.QuerySelector("label")?.TextContent == label).QuerySelector("input")!;
        control("Description").Change(description);
        control("Quantity").Change(quantity);
        control("Unit price").Change(unitPrice);
        form.FindAll("button").Last(button => button.TextContent.Trim() == "Add").Click();
    }
}
