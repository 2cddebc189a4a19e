namespace Pms.Billing.Model;

/// <summary>
/// What billing keeps about a patient, from patient events, so invoices and ownership checks
/// never call patient-service.
/// </summary>
public sealed class PatientSummary
{
    public Guid PatientId { get; set; }

    public string Mrn { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public Guid? AuthUserId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
