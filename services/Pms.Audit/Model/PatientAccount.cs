namespace Pms.Audit.Model;

/// <summary>Which patient record belongs to which account, from patient-service's events: how a patient finds their own history.</summary>
public sealed class PatientAccount
{
    public Guid PatientId { get; set; }

    public Guid AuthUserId { get; set; }
}
