namespace Pms.Patients.Model;

/// <summary>The identifiers a record holds besides its MRN; each kind's system and format come from configuration.</summary>
public enum IdentifierKind
{
    NationalId,
    InsuranceMemberId,
    Passport,
}
