using Pms.Billing.Model;

namespace Pms.Billing.Tests;

public sealed class BillRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    private static Bill BillOf(decimal total)
    {
        var bill = new Bill { Id = Guid.NewGuid(), Status = BillStatus.Issued, Currency = "USD" };
        bill.AddLine(null, "Service", 1, total, taxRate: 0m);
        return bill;
    }

    [Fact]
    public void APartialPaymentLeavesABalanceAndTheRestPaysTheBill()
    {
        var bill = BillOf(100m);

        bill.RecordPayment(40m, PaymentMethod.Cash, null, "a", "cashier", Now);
        var afterPartial = (bill.Status, bill.Balance);
        bill.RecordPayment(60m, PaymentMethod.Card, "4242", "b", "cashier", Now);

        Assert.Equal((BillStatus.PartiallyPaid, 60m), afterPartial);
        Assert.Equal(BillStatus.Paid, bill.Status);
        Assert.Equal(0m, bill.Balance);
    }

    [Theory]
    [InlineData(100.01)]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10.005)]
    public void APaymentAboveTheBalanceOrNotInWholePositiveCentsIsUnprocessable(decimal amount)
    {
        var bill = BillOf(100m);

        var violation = Assert.Throws<BillingRuleException>(() => bill.RecordPayment(amount, PaymentMethod.Cash, null, "k", "cashier", Now));

        Assert.Equal(BillingRuleException.Kinds.Unprocessable, violation.Kind);
        Assert.Equal(0m, bill.AmountPaid);
    }

    [Fact]
    public void AVoidBillTakesNoPayment()
    {
        var bill = BillOf(10m);
        bill.Void(reason: null);

        var violation = Assert.Throws<BillingRuleException>(() => bill.RecordPayment(5m, PaymentMethod.Cash, null, "k", "cashier", Now));

        Assert.Equal(BillingRuleException.Kinds.Conflict, violation.Kind);
    }

    [Fact]
    public void ABillWithPaymentsCannotBeVoided()
    {
        var bill = BillOf(10m);
        bill.RecordPayment(5m, PaymentMethod.Cash, null, "k", "cashier", Now);

        Assert.Equal(BillingRuleException.Kinds.Conflict, Assert.Throws<BillingRuleException>(() => bill.Void(reason: null)).Kind);
        Assert.Equal(BillStatus.PartiallyPaid, bill.Status);
    }

    [Fact]
    public void RefundsGoUpToWhatWasPaidAndAFullRefundMarksThePaidBillRefunded()
    {
        var bill = BillOf(30m);
        bill.RecordPayment(30m, PaymentMethod.Card, null, "k", "cashier", Now);

        bill.IssueRefund(Guid.NewGuid(), 10m, "Test not performed", null, "admin", Now);
        var tooMuch = Assert.Throws<BillingRuleException>(() => bill.IssueRefund(Guid.NewGuid(), 20.01m, "Again", null, "admin", Now));
        bill.IssueRefund(Guid.NewGuid(), 20m, "Rest", null, "admin", Now);

        Assert.Equal(BillingRuleException.Kinds.Unprocessable, tooMuch.Kind);
        Assert.Equal(30m, bill.AmountRefunded);
        Assert.Equal(BillStatus.Refunded, bill.Status);
    }

    [Fact]
    public void NothingCanBeRefundedOnAnUnpaidBill() =>
        Assert.Throws<BillingRuleException>(() => BillOf(30m).IssueRefund(Guid.NewGuid(), 1m, "Nothing paid", null, "admin", Now));

    [Fact]
    public void APercentDiscountIsRoundedOnceAndTaxFollowsIt()
    {
        var bill = new Bill { Id = Guid.NewGuid() };
        bill.AddLine(null, "Ward day", 3, 33.33m, taxRate: 0.05m);

        bill.ApplyDiscount(null, 12.5m, "Charity", taxRate: 0.05m);

        Assert.Equal(99.99m, bill.Subtotal);
        Assert.Equal(12.50m, bill.Discount);
        Assert.Equal(4.37m, bill.Tax);
        Assert.Equal(91.86m, bill.Total);
    }

    [Fact]
    public void ADiscountAboveTheSubtotalIsUnprocessable()
    {
        var bill = BillOf(10m);

        Assert.Throws<BillingRuleException>(() => bill.ApplyDiscount(10.01m, null, "Too generous", 0m));
    }
}
