namespace Pms.ServiceDefaults.Merges;

/// <summary>
/// A merge of a duplicate patient record into a surviving one, as a service that keeps patients' records applied it.
/// It stays after an undo, so that neither event, however often or late it arrives, has a second effect.
/// </summary>
public sealed class PatientMerge
{
    public Guid MergeId { get; set; }

    public Guid SurvivorId { get; set; }

    public Guid DuplicateId { get; set; }

    /// <summary>When staff merged the records; null when the undo arrived first and the merge was never applied.</summary>
    public DateTimeOffset? MergedAt { get; set; }

    public DateTimeOffset? UndoneAt { get; set; }

    /// <summary>The records the merge moved to the survivor, which an undo moves back; none are kept once it is undone.</summary>
    public List<MergedItem> Items { get; set; } = [];
}
