namespace Pms.Patients.Model;

public sealed class Patient
{
    /// <summary>A new record, at the desk or from a self-registered account; its registration fee is still to be charged.</summary>
    public static Patient Register(
        Guid id, string mrn, string firstName, string lastName, DateOnly dateOfBirth, Sex sex, string? phoneNumber, string? email,
        DateTimeOffset now, Address? address = null, EmergencyContact? emergencyContact = null, Guid? authUserId = null)
    {
        var patient = new Patient
        {
            Id = id,
            Mrn = mrn,
            FirstName = firstName,
            LastName = lastName,
            DateOfBirth = dateOfBirth,
            Sex = sex,
            PhoneNumber = phoneNumber,
            Email = email,
            Address = address,
            EmergencyContact = emergencyContact,
            AuthUserId = authUserId,
            RegistrationSource = authUserId is null ? RegistrationSource.Desk : RegistrationSource.Online,
            RegistrationFeeStatus = FeeStatus.Pending,
            CreatedAt = now,
            UpdatedAt = now,
        };
        patient.Normalize();
        return patient;
    }

    public Guid Id { get; set; }

    public string Mrn { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public DateOnly DateOfBirth { get; set; }

    public Sex Sex { get; set; }

    public string? Email { get; set; }

    public string? PhoneNumber { get; set; }

    public Address? Address { get; set; }

    public EmergencyContact? EmergencyContact { get; set; }

    /// <summary>The auth-service account of a patient who registered themselves.</summary>
    public Guid? AuthUserId { get; set; }

    /// <summary>Where the record was made: at the desk, or by the patient's own sign-up.</summary>
    public RegistrationSource RegistrationSource { get; set; }

    public FeeStatus RegistrationFeeStatus { get; set; }

    public Guid? RegistrationBillId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }

    /// <summary>National ID, insurance member ID, passport: at most one of each kind, each value on one record only.</summary>
    public List<PatientIdentifier> Identifiers { get; set; } = [];

    /// <summary>Whether the record is in use; an inactive record is kept but not worked on.</summary>
    public bool Active { get; set; } = true;

    public DateOnly? DeceasedOn { get; set; }

    /// <summary>The record this one was merged into; a merged record is inactive and points there.</summary>
    public Guid? ReplacedBy { get; set; }

    /// <summary>A BCP 47 language tag ("en", "pt-BR") for letters and interpreters.</summary>
    public string? PreferredLanguage { get; set; }

    /// <summary>Search and duplicate-detection forms, kept in step with the fields they come from.</summary>
    public string NormalizedName { get; private set; } = "";

    public string? NormalizedPhone { get; private set; }

    public string? NormalizedEmail { get; private set; }

    public void Normalize()
    {
        NormalizedName = PatientNormalization.Name(FirstName, LastName);
        NormalizedPhone = PatientNormalization.Phone(PhoneNumber);
        NormalizedEmail = PatientNormalization.Email(Email);
    }
}
