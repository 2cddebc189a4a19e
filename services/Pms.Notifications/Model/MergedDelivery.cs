namespace Pms.Notifications.Model;

/// <summary>A message a merge moved from the duplicate record's history to the survivor's.</summary>
public sealed class MergedDelivery
{
    public Guid MergeId { get; set; }

    public Guid DeliveryId { get; set; }
}
