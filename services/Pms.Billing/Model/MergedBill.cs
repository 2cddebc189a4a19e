namespace Pms.Billing.Model;

/// <summary>A bill a merge moved from the duplicate record to the survivor.</summary>
public sealed class MergedBill
{
    public Guid MergeId { get; set; }

    public Guid BillId { get; set; }
}
