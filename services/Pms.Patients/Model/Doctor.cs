namespace Pms.Patients.Model;

/// <summary>
/// A doctor's bookable profile. The id is the auth-service account id of a user with the Doctor
/// role, so a signed-in doctor is recognised by the token's subject.
/// </summary>
public sealed class Doctor
{
    public Guid Id { get; set; }

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string Specialty { get; set; } = "";

    /// <summary>The billing catalog item charged for a consultation with this doctor.</summary>
    public string ConsultationFeeCode { get; set; } = "";

    /// <summary>IANA time zone id in which the weekly hours and exceptions are read.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    public List<WeeklyAvailability> WeeklyAvailability { get; set; } = [];

    public List<AvailabilityException> Exceptions { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
