using Pms.Patients.Model;

namespace Pms.Patients.Dtos;

public sealed record IdentifierDto(IdentifierKind Type, string Value)
{
    public static IdentifierDto From(PatientIdentifier identifier) => new(identifier.Kind, identifier.Value);
}
