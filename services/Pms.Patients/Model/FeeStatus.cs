namespace Pms.Patients.Model;

public enum FeeStatus
{
    /// <summary>billing-service could not be reached yet; a background job keeps trying.</summary>
    Pending,
    Charged,
}
