using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pms.Patients.Infrastructure;
using Pms.Patients.Model;
using Pms.Patients.Services;
using Pms.ServiceDefaults.Authentication;
using Pms.ServiceDefaults.Data;
using Pms.ServiceDefaults.Fhir;
using Pms.ServiceDefaults.Phones;

namespace Pms.Patients.Fhir;

/// <summary>
/// FHIR's Patient search over the records the caller reaches. Every parameter given must match (repeating one
/// narrows further); a comma inside a value means any of its parts.
/// </summary>
public sealed class PatientResourceSearch(PatientDbContext db, IOptions<PhoneOptions> phones, IOptions<IdentifierOptions> identifiers)
{
    public (IQueryable<Patient>? Matches, string? Error) Find(IQueryCollection query, Caller caller)
    {
        var patients = db.Patients.AsNoTracking().VisibleTo(caller);
        var (found, error) = FhirSearch.Apply(patients, query, Narrow);
        return (found?.OrderBy(patient => patient.LastName).ThenBy(patient => patient.FirstName).ThenBy(patient => patient.Id), error);
    }

    /// <summary><c>system|value</c> names the MRN or one kind of identifier; a value alone, the MRN or any identifier.</summary>
    private System.Linq.Expressions.Expression<Func<Patient, bool>> Identified(string token)
    {
        var separator = token.IndexOf('|', StringComparison.Ordinal);
        var system = separator < 0 ? null : token[..separator];
        var value = PatientIdentifier.Normalize(token[(separator + 1)..]);
        if (system is null or "")
        {
            return patient => patient.Mrn == value || patient.Identifiers.Any(held => held.Value == value);
        }

        if (system == PatientResources.MrnSystem)
        {
            return patient => patient.Mrn == value;
        }

        var kinds = identifiers.Value.Rules.Where(rule => rule.Value.System == system).Select(rule => rule.Key).ToList();
        return patient => patient.Identifiers.Any(held => kinds.Contains(held.Kind) && held.Value == value);
    }

    private (IQueryable<Patient>? Patients, string? Error) Narrow(IQueryable<Patient> patients, string name, string value)
    {
        switch (name)
        {
            case "_id":
                var ids = FhirSearchValues.AnyOf(value).Select(FhirSearchValues.Id).ToList();
                return ids.Any(id => id is null)
                    ? (null, "_id must be one or more record ids.")
                    : (patients.Where(patient => ids.Contains(patient.Id)), null);
            case "identifier":
                return (patients.Where(Identified(value)), null);
            case "name":
                foreach (var word in PatientNormalization.Text(value).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var atStart = $"{LikePatterns.Escape(word)}%";
                    var afterSpace = $"% {LikePatterns.Escape(word)}%";
                    patients = patients.Where(patient => EF.Functions.Like(patient.NormalizedName, atStart, LikePatterns.EscapeCharacter)
                        || EF.Functions.Like(patient.NormalizedName, afterSpace, LikePatterns.EscapeCharacter));
                }

                return (patients, null);
            case "family":
                var family = $"{LikePatterns.Escape(value.Trim())}%";
                return (patients.Where(patient => EF.Functions.ILike(patient.LastName, family, LikePatterns.EscapeCharacter)), null);
            case "given":
                var given = $"{LikePatterns.Escape(value.Trim())}%";
                return (patients.Where(patient => EF.Functions.ILike(patient.FirstName, given, LikePatterns.EscapeCharacter)), null);
            case "birthdate":
                return FhirSearchValues.Day(value) is { } born
                    ? (patients.Where(patient => patient.DateOfBirth == born), null)
                    : (null, "birthdate must be a day, yyyy-MM-dd.");
            case "phone":
                var phone = E164.From(value, phones.Value.DefaultRegion) ?? PatientNormalization.Phone(value);
                return (patients.Where(patient => patient.NormalizedPhone == phone), null);
            case "email":
                var email = PatientNormalization.Email(value);
                return (patients.Where(patient => patient.NormalizedEmail == email), null);
            default:
                return (patients, null);
        }
    }
}
