namespace Pms.Billing.Model;

/// <summary>
/// A patient's insurance with one payer over a period. At most one coverage of each priority is in force for a patient
/// on any day; a coverage without an end date runs until one is set.
/// </summary>
public sealed class Coverage
{
    public Guid Id { get; set; }

    public Guid PatientId { get; set; }

    public string PayerCode { get; set; } = "";

    public Payer? Payer { get; set; }

    public string Plan { get; set; } = "";

    public string MemberId { get; set; } = "";

    public string? GroupNumber { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public CoveragePriority Priority { get; set; }

    /// <summary>The policy holder's name; null when the patient holds the policy.</summary>
    public string? PolicyHolder { get; set; }

    public PolicyHolderRelationship Relationship { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsInForceOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || ValidTo >= day);
}
