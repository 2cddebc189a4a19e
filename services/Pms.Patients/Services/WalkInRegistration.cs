using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pms.Contracts.Audit;
using Pms.Patients.Dtos;
using Pms.Patients.Infrastructure;
using Pms.Patients.Model;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Messaging;
using Pms.ServiceDefaults.Phones;
using Wolverine.EntityFrameworkCore;

namespace Pms.Patients.Services;

/// <summary>
/// Staff register a patient at the desk: likely duplicates are shown unless overridden, the record
/// and its <c>PatientRegistered</c> event are saved together, then the fee is charged synchronously.
/// </summary>
public sealed class WalkInRegistration(
    IDbContextOutbox<PatientDbContext> outbox,
    RegistrationFeeCharger fees,
    AuditTrail audit,
    IOptions<PhoneOptions> phones,
    TimeProvider clock)
{
    private const int MaximumCandidates = 10;

    private PatientDbContext Db => outbox.DbContext;

    public async Task<PatientOutcome> RegisterAsync(PatientDetailsRequest request, bool allowDuplicate, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = PatientValidator.Validate(request, DateOnly.FromDateTime(now.UtcDateTime), phones.Value.DefaultRegion);
        if (errors.Count > 0)
        {
            return new PatientOutcome.Invalid(errors);
        }

        request = request.WithPhonesInE164(phones.Value.DefaultRegion);

        var patient = new Patient
        {
            Id = Guid.CreateVersion7(),
            FirstName = request.FirstName!.Trim(),
            LastName = request.LastName!.Trim(),
            DateOfBirth = request.DateOfBirth!.Value,
            Sex = PatientValidator.ParseSex(request.Sex)!.Value,
            PhoneNumber = NullIfBlank(request.PhoneNumber),
            Email = NullIfBlank(request.Email),
            Address = request.Address,
            EmergencyContact = request.EmergencyContact,
            RegistrationFeeStatus = FeeStatus.Pending,
            CreatedAt = now,
            UpdatedAt = now,
        };
        patient.Normalize();

        if (!allowDuplicate)
        {
            var candidates = await FindLikelyDuplicatesAsync(patient, cancellationToken);
            if (candidates.Count > 0)
            {
                audit.Record(AuditActions.Search, AuditResources.Patient, null, candidates.Select(candidate => candidate.Id));
                return new PatientOutcome.PossibleDuplicates(candidates);
            }
        }

        patient.Mrn = await Db.NextMrnAsync(cancellationToken);
        Db.Patients.Add(patient);
        await outbox.PublishEventAsync(PatientEvents.Registered(patient));
        audit.Record(AuditActions.Create, AuditResources.Patient, patient.Id, patient.Id);
        await audit.EnlistAsync(outbox, StatusCodes.Status201Created);
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);

        var (status, billId) = await fees.TryChargeAsync(patient.Id, cancellationToken);
        return new PatientOutcome.Registered(new RegisteredPatientResponse(patient.Id, patient.Mrn, new FeeDto(status, billId)));
    }

    /// <summary>Same normalised name and date of birth, or the same phone number.</summary>
    private Task<List<DuplicateCandidateDto>> FindLikelyDuplicatesAsync(Patient patient, CancellationToken cancellationToken) =>
        Db.Patients.AsNoTracking()
            .Where(existing => (existing.NormalizedName == patient.NormalizedName && existing.DateOfBirth == patient.DateOfBirth)
                || (patient.NormalizedPhone != null && existing.NormalizedPhone == patient.NormalizedPhone))
            .OrderBy(existing => existing.CreatedAt)
            .Take(MaximumCandidates)
            .Select(existing => new DuplicateCandidateDto(existing.Id, existing.Mrn, existing.FirstName, existing.LastName, existing.DateOfBirth, existing.PhoneNumber))
            .ToListAsync(cancellationToken);

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
