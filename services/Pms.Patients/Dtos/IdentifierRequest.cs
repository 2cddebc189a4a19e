namespace Pms.Patients.Dtos;

/// <summary>An identifier as a client sends it: <see cref="Type"/> is NationalId, InsuranceMemberId or Passport.</summary>
public sealed record IdentifierRequest(string? Type, string? Value);
