using Microsoft.EntityFrameworkCore;
using Npgsql;
using Pms.Patients.Infrastructure;
using Pms.Patients.Model;
using Pms.ServiceDefaults.Apis;

namespace Pms.Patients.Services;

/// <summary>A record's identifiers belong to it alone: a value already on another record is refused, naming that record.</summary>
public static class PatientIdentity
{
    public static async Task<Refusal?> ClaimedElsewhereAsync(
        this PatientDbContext db, Guid patientId, IReadOnlyList<PatientIdentifier> identifiers, IdentifierOptions options, CancellationToken cancellationToken)
    {
        foreach (var identifier in identifiers)
        {
            var holder = await db.Patients.AsNoTracking()
                .Where(patient => patient.Id != patientId && patient.Identifiers.Any(held => held.Kind == identifier.Kind && held.Value == identifier.Value))
                .Select(patient => patient.Mrn)
                .FirstOrDefaultAsync(cancellationToken);
            if (holder is not null)
            {
                return Claimed(options.For(identifier.Kind), identifier.Value, holder);
            }
        }

        return null;
    }

    /// <summary>The database's unique index had the last word: another request gave the same value to another record first.</summary>
    public static bool IsClaimedElsewhere(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: IdentifierIndexName };

    public static Refusal ClaimedMeanwhile { get; } = Refusal.Conflict("An identifier was just recorded on another record; reload and check.");

    public const string IdentifierIndexName = "IX_PatientIdentifiers_Kind_Value";

    /// <summary>The identifiers, status and language <paramref name="details"/> give, keeping the stored identifiers that stay.</summary>
    public static void ApplyIdentity(this Patient patient, ValidPatientDetails details)
    {
        patient.Identifiers = [.. details.Identifiers.Select(identifier => patient.Identifiers.Find(held => held == identifier) ?? identifier)];
        patient.Active = details.Active;
        patient.DeceasedOn = details.DeceasedOn;
        patient.PreferredLanguage = details.PreferredLanguage;
    }

    private static Refusal Claimed(IdentifierRule rule, string value, string mrn) =>
        Refusal.Conflict($"{rule.Label} {value} is already on record {mrn}.", "One person has one record: open that record, or merge the two.");
}
