namespace Pms.Billing.Model;

public enum BillStatus
{
    Issued,
    PartiallyPaid,
    Paid,
    Void,
    Refunded,
}
