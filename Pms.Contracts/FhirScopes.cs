namespace Pms.Contracts;

/// <summary>
/// SMART-on-FHIR style read scopes that auth-service puts in a person's access token (claim <see cref="ServiceScopes.Claim"/>):
/// a patient reads their own data, the hospital's people read any patient's.
/// </summary>
public static class FhirScopes
{
    public const string PatientRead = "patient/*.read";
    public const string UserRead = "user/*.read";

    /// <returns>The FHIR scope a person holding <paramref name="roles"/> is given, or null for none.</returns>
    public static string? ForRoles(IEnumerable<string> roles)
    {
        var held = roles.ToHashSet(StringComparer.Ordinal);
        if (held.Overlaps([PmsRoles.Admin, PmsRoles.Staff, PmsRoles.Doctor]))
        {
            return UserRead;
        }

        return held.Contains(PmsRoles.Patient) ? PatientRead : null;
    }
}
