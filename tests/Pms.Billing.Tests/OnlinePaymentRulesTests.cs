using Pms.Billing.Model;

namespace Pms.Billing.Tests;

public sealed class OnlinePaymentRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);

    private static Bill BillOf(decimal total)
    {
        var bill = new Bill { Id = Guid.NewGuid(), Status = BillStatus.Issued, Currency = "USD" };
        bill.AddLine(null, "Service", 1, total, taxRate: 0m);
        return bill;
    }

    [Fact]
    public void MoneyTakenOnlineIsAppliedToTheBalanceAndPaysTheBill()
    {
        var bill = BillOf(50m);

        var payment = bill.RecordOnlinePayment(50m, "stripe", "pi_1", Now);

        Assert.Equal((50m, 0m, PaymentMethod.Online, "stripe:pi_1"), (payment.Amount, payment.ExcessRefunded, payment.Method, payment.IdempotencyKey));
        Assert.Equal((BillStatus.Paid, 50m, 0m), (bill.Status, bill.AmountPaid, bill.Balance));
    }

    [Fact]
    public void MoneyTakenBeyondTheBalanceIsMarkedToGoBackAndNeverTakesTheBillBelowZero()
    {
        var bill = BillOf(50m);
        bill.RecordPayment(30m, PaymentMethod.Cash, null, "desk", "cashier", Now);

        var payment = bill.RecordOnlinePayment(50m, "stripe", "pi_2", Now);

        Assert.Equal((20m, 30m), (payment.Amount, payment.ExcessRefunded));
        Assert.Equal((BillStatus.Paid, 50m, 0m), (bill.Status, bill.AmountPaid, bill.Balance));
    }

    [Fact]
    public void MoneyTakenOnAVoidBillAllGoesBack()
    {
        var bill = BillOf(50m);
        bill.Void(reason: null);

        var payment = bill.RecordOnlinePayment(50m, "stripe", "pi_3", Now);

        Assert.Equal((0m, 50m), (payment.Amount, payment.ExcessRefunded));
        Assert.Equal((BillStatus.Void, 0m), (bill.Status, bill.AmountPaid));
    }

    [Fact]
    public void ARefundGoesBackOnTheNewestPaymentThatCoversIt()
    {
        var bill = BillOf(100m);
        var cash = bill.RecordPayment(40m, PaymentMethod.Cash, null, "desk", "cashier", Now);
        var online = bill.RecordOnlinePayment(60m, "stripe", "pi_4", Now.AddMinutes(1));

        var forTwenty = bill.RefundTarget(null, 20m);
        var forFifty = bill.RefundTarget(null, 50m);
        var named = bill.RefundTarget(cash.Id, 10m);

        Assert.Equal(online.Id, forTwenty?.Id);
        Assert.Equal(online.Id, forFifty?.Id);
        Assert.Equal(cash.Id, named?.Id);
    }

    [Fact]
    public void ARefundNoSinglePaymentCoversMustNameItsPaymentsWhenOnlineMoneyIsInvolved()
    {
        var bill = BillOf(100m);
        bill.RecordPayment(40m, PaymentMethod.Cash, null, "desk", "cashier", Now);
        var online = bill.RecordOnlinePayment(60m, "stripe", "pi_5", Now.AddMinutes(1));

        var violation = Assert.Throws<BillingRuleException>(() => bill.RefundTarget(null, 80m));
        bill.IssueRefund(Guid.NewGuid(), 60m, "Cancelled", online, "admin", Now);
        var tooMuchOnThatPayment = Assert.Throws<BillingRuleException>(() => bill.IssueRefund(Guid.NewGuid(), 1m, "Again", online, "admin", Now));

        Assert.Equal(BillingRuleException.Kinds.Unprocessable, violation.Kind);
        Assert.Equal(BillingRuleException.Kinds.Unprocessable, tooMuchOnThatPayment.Kind);
        Assert.Equal(0m, bill.RefundableOn(online));
    }

    [Fact]
    public void DeskPaymentsAloneMayBeRefundedAcrossPayments()
    {
        var bill = BillOf(100m);
        bill.RecordPayment(40m, PaymentMethod.Cash, null, "a", "cashier", Now);
        bill.RecordPayment(60m, PaymentMethod.Card, null, "b", "cashier", Now);

        Assert.Null(bill.RefundTarget(null, 80m));
    }
}
