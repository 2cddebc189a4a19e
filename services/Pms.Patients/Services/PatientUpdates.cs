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
/// Changes a record and publishes <c>PatientUpdated</c> with it. Staff and admins change any
/// field; a patient changes only their own contact details.
/// </summary>
public sealed class PatientUpdates(
    IDbContextOutbox<PatientDbContext> outbox, AuditTrail audit, IOptions<PhoneOptions> phones, IOptions<IdentifierOptions> identifiers, TimeProvider clock)
{
    public async Task<Outcome<PatientDto>> UpdateAsync(Guid id, PatientDetailsRequest request, Guid? patientAccount, CancellationToken cancellationToken)
    {
        audit.Record(AuditActions.Update, AuditResources.Patient, id, id);
        var patient = await outbox.DbContext.Patients.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (patient is null || (patientAccount is not null && patient.AuthUserId != patientAccount))
        {
            return Refusal.NotFound("No such patient.");
        }

        if (patient.ReplacedBy is { } survivor)
        {
            return Refusal.Conflict($"This record was merged into {survivor}; change that record instead.");
        }

        var now = clock.GetUtcNow();
        var validation = PatientValidator.Validate(request, DateOnly.FromDateTime(now.UtcDateTime), phones.Value.DefaultRegion, identifiers.Value);
        if (!validation.IsDone(out var details))
        {
            return validation.Failed<PatientDto>();
        }

        if (patientAccount is not null && ChangesIdentity(patient, details))
        {
            return Refusal.Forbidden("Patients may change only their contact details; ask the front desk to correct the rest.");
        }

        if (details.Version is { } version && version != patient.Version)
        {
            return Refusal.Conflict("The record was changed by someone else; reload it and try again.");
        }

        patient.FirstName = details.FirstName;
        patient.LastName = details.LastName;
        patient.DateOfBirth = details.DateOfBirth;
        patient.Sex = details.Sex;
        patient.PhoneNumber = details.PhoneNumber;
        patient.Email = details.Email;
        patient.Address = details.Address;
        patient.EmergencyContact = details.EmergencyContact;
        patient.ApplyIdentity(details);
        patient.UpdatedAt = now;
        patient.Normalize();
        if (await outbox.DbContext.ClaimedElsewhereAsync(patient.Id, details.Identifiers, identifiers.Value, cancellationToken) is { } claimed)
        {
            return claimed;
        }

        await outbox.PublishEventAsync(PatientEvents.Updated(patient));
        await audit.EnlistAsync(outbox);
        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (PatientIdentity.IsClaimedElsewhere(exception))
        {
            return PatientIdentity.ClaimedMeanwhile;
        }

        return PatientDto.From(patient);
    }

    private static bool ChangesIdentity(Patient patient, ValidPatientDetails details) =>
        !patient.Identifiers.ToHashSet().SetEquals(details.Identifiers)
        || patient.Active != details.Active
        || patient.DeceasedOn != details.DeceasedOn
        || !string.Equals(patient.FirstName, details.FirstName, StringComparison.Ordinal)
        || !string.Equals(patient.LastName, details.LastName, StringComparison.Ordinal)
        || patient.DateOfBirth != details.DateOfBirth
        || patient.Sex != details.Sex;
}
