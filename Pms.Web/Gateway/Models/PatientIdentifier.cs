namespace Pms.Web.Gateway.Models;

/// <summary>One identifier of a record besides its MRN; <see cref="Type"/> is NationalId, InsuranceMemberId or Passport.</summary>
public sealed record PatientIdentifier(string Type, string Value)
{
    /// <summary>A value as patient-service stores and checks it: spaces removed, letters in upper case.</summary>
    public static string Normalize(string value) => string.Concat(value.Where(character => !char.IsWhiteSpace(character))).ToUpperInvariant();
}
