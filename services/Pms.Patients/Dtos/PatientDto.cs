using Pms.Patients.Model;

namespace Pms.Patients.Dtos;

public sealed record PatientDto(
    Guid Id,
    string Mrn,
    string FirstName,
    string LastName,
    DateOnly DateOfBirth,
    Sex Sex,
    string? Email,
    string? PhoneNumber,
    Address? Address,
    EmergencyContact? EmergencyContact,
    bool HasAccount,
    FeeDto RegistrationFee,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version,
    IReadOnlyList<IdentifierDto> Identifiers,
    bool Active,
    DateOnly? DeceasedOn,
    string? PreferredLanguage,
    Guid? ReplacedBy)
{
    public static PatientDto From(Patient patient) => new(
        patient.Id, patient.Mrn, patient.FirstName, patient.LastName, patient.DateOfBirth, patient.Sex, patient.Email,
        patient.PhoneNumber, patient.Address, patient.EmergencyContact, patient.AuthUserId is not null,
        new FeeDto(patient.RegistrationFeeStatus, patient.RegistrationBillId), patient.CreatedAt, patient.UpdatedAt, patient.Version,
        [.. patient.Identifiers.Select(IdentifierDto.From)], patient.Active, patient.DeceasedOn, patient.PreferredLanguage, patient.ReplacedBy);
}
