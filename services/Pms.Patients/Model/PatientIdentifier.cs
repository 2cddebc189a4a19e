namespace Pms.Patients.Model;

/// <summary>One identifier of a record, its value as stored: spaces removed, letters in upper case.</summary>
public sealed record PatientIdentifier(IdentifierKind Kind, string Value)
{
    public static string Normalize(string value) => string.Concat(value.Where(character => !char.IsWhiteSpace(character))).ToUpperInvariant();
}
