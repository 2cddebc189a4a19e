namespace Pms.Patients.Model;

/// <summary>A record's details as they stood before a merge changed them, so that undoing the merge restores them.</summary>
public sealed record PatientSnapshot(
    string FirstName,
    string LastName,
    DateOnly DateOfBirth,
    Sex Sex,
    string? PhoneNumber,
    string? Email,
    Address? Address,
    EmergencyContact? EmergencyContact,
    IReadOnlyList<PatientIdentifier> Identifiers,
    bool Active,
    DateOnly? DeceasedOn,
    string? PreferredLanguage,
    Guid? AuthUserId)
{
    public static PatientSnapshot Of(Patient patient) => new(
        patient.FirstName, patient.LastName, patient.DateOfBirth, patient.Sex, patient.PhoneNumber, patient.Email, patient.Address,
        patient.EmergencyContact, [.. patient.Identifiers], patient.Active, patient.DeceasedOn, patient.PreferredLanguage, patient.AuthUserId);

    public void RestoreTo(Patient patient)
    {
        patient.FirstName = FirstName;
        patient.LastName = LastName;
        patient.DateOfBirth = DateOfBirth;
        patient.Sex = Sex;
        patient.PhoneNumber = PhoneNumber;
        patient.Email = Email;
        patient.Address = Address;
        patient.EmergencyContact = EmergencyContact;
        patient.Identifiers = [.. Identifiers.Select(identifier => patient.Identifiers.Find(held => held == identifier) ?? identifier)];
        patient.Active = Active;
        patient.DeceasedOn = DeceasedOn;
        patient.PreferredLanguage = PreferredLanguage;
        patient.AuthUserId = AuthUserId;
        patient.Normalize();
    }
}
