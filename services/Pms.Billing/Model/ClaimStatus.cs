namespace Pms.Billing.Model;

public enum ClaimStatus
{
    Draft,
    Submitted,
    Paid,
    PartiallyPaid,
    Denied,
}
