namespace Pms.Patients.Model;

/// <summary>A detail that may differ between two records of one person; at a merge, staff pick whose value the survivor keeps.</summary>
public enum MergeField
{
    FirstName,
    LastName,
    DateOfBirth,
    Sex,
    PhoneNumber,
    Email,
    Address,
    EmergencyContact,
    PreferredLanguage,
    DeceasedOn,
    NationalId,
    InsuranceMemberId,
    Passport,
}
