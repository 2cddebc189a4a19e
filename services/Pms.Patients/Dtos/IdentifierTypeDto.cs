using Pms.Patients.Model;

namespace Pms.Patients.Dtos;

/// <summary>A kind of identifier this hospital records, as a form shows and checks it.</summary>
public sealed record IdentifierTypeDto(IdentifierKind Type, string Label, string System, string Pattern, string Example);
