namespace Pms.Web.Components.Forms;

/// <summary>One detail of two records side by side, and the value the surviving record keeps.</summary>
public sealed class MergeRow(MergeField field, string? survivorValue, string? duplicateValue)
{
    public MergeField Field { get; } = field;

    public string? SurvivorValue { get; } = survivorValue;

    public string? DuplicateValue { get; } = duplicateValue;

    /// <summary>Staff choose only between two different values: where one record has none, patient-service keeps the other's.</summary>
    public bool OffersChoice => SurvivorValue is not null && DuplicateValue is not null && SurvivorValue != DuplicateValue;

    /// <summary>Whether the survivor takes the duplicate's value; the survivor's own is the default.</summary>
    public bool TakeFromDuplicate { get; set; }

    public string? Kept => OffersChoice && TakeFromDuplicate ? DuplicateValue : SurvivorValue ?? DuplicateValue;
}
