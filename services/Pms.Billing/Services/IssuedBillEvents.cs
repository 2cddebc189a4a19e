using Pms.Billing.Model;
using Pms.Contracts.Events;

namespace Pms.Billing.Services;

/// <summary>What billing tells others when it issues a bill: that it did, and that it is paid when an insurer covers it all.</summary>
public static class IssuedBillEvents
{
    public static IEnumerable<IntegrationEvent> Of(Bill bill)
    {
        yield return new BillIssued(bill.Id, bill.Number, bill.PatientId, bill.BillType.ToString(), bill.Total, bill.Currency)
        {
            PatientShare = bill.PatientShare,
        };
        if (bill.Status == BillStatus.Paid)
        {
            yield return new BillPaid(bill.Id, bill.Number, bill.PatientId, bill.Total, bill.Currency);
        }
    }
}
