namespace Pms.Patients.Model;

public sealed class Patient
{
    public Guid Id { get; set; }

    public string Mrn { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public DateOnly DateOfBirth { get; set; }

    public string? Email { get; set; }

    public string? PhoneNumber { get; set; }

    /// <summary>The auth-service account of a patient who registered themselves.</summary>
    public Guid? AuthUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
