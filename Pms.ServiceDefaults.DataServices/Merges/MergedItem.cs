namespace Pms.ServiceDefaults.Merges;

/// <summary>One of the service's records (a bill, a message) that a merge moved from the duplicate patient to the survivor.</summary>
public sealed class MergedItem
{
    public Guid MergeId { get; set; }

    public Guid ItemId { get; set; }
}
