namespace Pms.Notifications.Model;

/// <summary>How to reach a patient, kept from patient events; never fetched from patient-service.</summary>
public sealed class PatientContact
{
    public Guid PatientId { get; set; }

    public Guid? AuthUserId { get; set; }

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string? Email { get; set; }

    public string? PhoneNumber { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
