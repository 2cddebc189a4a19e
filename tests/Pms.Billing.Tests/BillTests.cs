using Pms.Billing.Model;

namespace Pms.Billing.Tests;

public sealed class BillTests
{
    [Fact]
    public void EachLineIsRoundedOnceAndTheTotalsFollow()
    {
        var bill = new Bill { Id = Guid.NewGuid() };

        bill.AddLine("LAB-CBC", "Complete blood count", 3, 10.005m, taxRate: 0m);
        bill.AddLine(null, "Dressing", 1, 2.50m, taxRate: 0m);

        Assert.Equal([30.02m, 2.50m], bill.Lines.Select(line => line.LineTotal));
        Assert.Equal(32.52m, bill.Subtotal);
        Assert.Equal(32.52m, bill.Total);
        Assert.Equal(32.52m, bill.Balance);
    }

    [Fact]
    public void TaxIsRoundedOnceOnTheDiscountedSubtotal()
    {
        var bill = new Bill { Id = Guid.NewGuid(), Discount = 1.00m };

        bill.AddLine("RAD-XR", "Chest X-ray", 1, 45.55m, taxRate: 0.075m);

        Assert.Equal(3.34m, bill.Tax);
        Assert.Equal(47.89m, bill.Total);
    }

    [Theory]
    [InlineData(2026, 123, "INV-2026-000123")]
    [InlineData(2027, 1_234_567, "INV-2027-1234567")]
    public void BillNumbersAreReadableAndSequential(int year, long sequence, string expected) =>
        Assert.Equal(expected, Bill.FormatNumber(year, sequence));

    [Theory]
    [InlineData(0.125, 0.13)]
    [InlineData(-0.125, -0.13)]
    [InlineData(2.344, 2.34)]
    public void MoneyRoundsHalfAwayFromZeroToCents(decimal amount, decimal expected) =>
        Assert.Equal(expected, Money.Round(amount));
}
