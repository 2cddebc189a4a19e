using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pms.Contracts.Audit;
using Pms.Patients.Dtos;
using Pms.Patients.Infrastructure;
using Pms.Patients.Model;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Messaging;
using Pms.ServiceDefaults.Phones;
using Wolverine.EntityFrameworkCore;

namespace Pms.Patients.Services;

/// <summary>
/// Staff register a patient at the desk: likely duplicates are shown unless overridden, the record and
/// its <c>PatientRegistered</c> event are saved together, then the fee is charged while the desk waits.
/// A fee that attempt could not charge (billing down, the service stopped in between) stays pending
/// on the record, where <see cref="PendingFeesJob"/> finds it, charges it and says so.
/// </summary>
public sealed class WalkInRegistration(
    IDbContextOutbox<PatientDbContext> outbox,
    FeeCharger fees,
    AuditTrail audit,
    IOptions<PhoneOptions> phones,
    IOptions<IdentifierOptions> identifiers,
    TimeProvider clock)
{
    private const int MaximumCandidates = 10;

    private PatientDbContext Db => outbox.DbContext;

    public async Task<Outcome<WalkInAnswer>> RegisterAsync(PatientDetailsRequest request, bool allowDuplicate, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var validation = PatientValidator.Validate(request, DateOnly.FromDateTime(now.UtcDateTime), phones.Value.DefaultRegion, identifiers.Value);
        if (!validation.IsDone(out var details))
        {
            return validation.Failed<WalkInAnswer>();
        }

        // An identifier names one person: its record is the one, whatever allowDuplicate says.
        if (await Db.ClaimedElsewhereAsync(Guid.Empty, details.Identifiers, identifiers.Value, cancellationToken) is { } claimed)
        {
            return claimed;
        }

        if (!allowDuplicate)
        {
            var candidates = await FindLikelyDuplicatesAsync(
                PatientNormalization.Name(details.FirstName, details.LastName), details.DateOfBirth, PatientNormalization.Phone(details.PhoneNumber), cancellationToken);
            if (candidates.Count > 0)
            {
                audit.Record(AuditActions.Search, AuditResources.Patient, null, candidates.Select(candidate => candidate.Id));
                return new WalkInAnswer.PossibleDuplicates(candidates);
            }
        }

        var patient = Patient.Register(
            Guid.CreateVersion7(), await Db.NextMrnAsync(cancellationToken), details.FirstName, details.LastName, details.DateOfBirth,
            details.Sex, details.PhoneNumber, details.Email, now, details.Address, details.EmergencyContact);
        patient.ApplyIdentity(details);
        Db.Patients.Add(patient);
        await outbox.PublishEventAsync(PatientEvents.Registered(patient));
        audit.Record(AuditActions.Create, AuditResources.Patient, patient.Id, patient.Id);
        await audit.EnlistAsync(outbox, StatusCodes.Status201Created);
        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (PatientIdentity.IsClaimedElsewhere(exception))
        {
            return PatientIdentity.ClaimedMeanwhile;
        }

        var fee = await fees.ChargeRegistrationAsync(patient.Id, cancellationToken);
        return new WalkInAnswer.Registered(new RegisteredPatientResponse(patient.Id, patient.Mrn, fee));
    }

    /// <summary>Same normalised name and date of birth, or the same phone number.</summary>
    private Task<List<DuplicateCandidateDto>> FindLikelyDuplicatesAsync(
        string normalizedName, DateOnly dateOfBirth, string? normalizedPhone, CancellationToken cancellationToken) =>
        Db.Patients.AsNoTracking()
            .Where(existing => existing.ReplacedBy == null)
            .Where(existing => (existing.NormalizedName == normalizedName && existing.DateOfBirth == dateOfBirth)
                || (normalizedPhone != null && existing.NormalizedPhone == normalizedPhone))
            .OrderBy(existing => existing.CreatedAt)
            .Take(MaximumCandidates)
            .Select(existing => new DuplicateCandidateDto(existing.Id, existing.Mrn, existing.FirstName, existing.LastName, existing.DateOfBirth, existing.PhoneNumber))
            .ToListAsync(cancellationToken);
}
