namespace Pms.Billing.Model;

/// <summary>How the patient is related to the person who holds the policy.</summary>
public enum PolicyHolderRelationship
{
    Self,
    Spouse,
    Child,
    Other,
}
