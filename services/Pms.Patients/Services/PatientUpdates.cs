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
/// Changes a record and publishes <c>PatientUpdated</c> with it. Staff and admins change any
/// field; a patient changes only their own contact details.
/// </summary>
public sealed class PatientUpdates(IDbContextOutbox<PatientDbContext> outbox, AuditTrail audit, IOptions<PhoneOptions> phones, TimeProvider clock)
{
    public async Task<PatientOutcome> UpdateAsync(Guid id, PatientDetailsRequest request, Guid? patientAccount, CancellationToken cancellationToken)
    {
        audit.Record(AuditActions.Update, AuditResources.Patient, id, id);
        var patient = await outbox.DbContext.Patients.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (patient is null || (patientAccount is not null && patient.AuthUserId != patientAccount))
        {
            return new PatientOutcome.NotFound();
        }

        var now = clock.GetUtcNow();
        var errors = PatientValidator.Validate(request, DateOnly.FromDateTime(now.UtcDateTime), phones.Value.DefaultRegion);
        if (errors.Count > 0)
        {
            return new PatientOutcome.Invalid(errors);
        }

        request = request.WithPhonesInE164(phones.Value.DefaultRegion);

        var sex = PatientValidator.ParseSex(request.Sex)!.Value;
        if (patientAccount is not null && ChangesIdentity(patient, request, sex))
        {
            return new PatientOutcome.Forbidden("Patients may change only their contact details; ask the front desk to correct the rest.");
        }

        if (request.Version is { } version && version != patient.Version)
        {
            return new PatientOutcome.Conflict("The record was changed by someone else; reload it and try again.");
        }

        patient.FirstName = request.FirstName!.Trim();
        patient.LastName = request.LastName!.Trim();
        patient.DateOfBirth = request.DateOfBirth!.Value;
        patient.Sex = sex;
        patient.PhoneNumber = string.IsNullOrWhiteSpace(request.PhoneNumber) ? null : request.PhoneNumber.Trim();
        patient.Email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim();
        patient.Address = request.Address;
        patient.EmergencyContact = request.EmergencyContact;
        patient.UpdatedAt = now;
        patient.Normalize();

        await outbox.PublishEventAsync(PatientEvents.Updated(patient));
        await audit.EnlistAsync(outbox);
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return new PatientOutcome.Updated(PatientDto.From(patient));
    }

    private static bool ChangesIdentity(Patient patient, PatientDetailsRequest request, Sex sex) =>
        !string.Equals(patient.FirstName, request.FirstName!.Trim(), StringComparison.Ordinal)
        || !string.Equals(patient.LastName, request.LastName!.Trim(), StringComparison.Ordinal)
        || patient.DateOfBirth != request.DateOfBirth
        || patient.Sex != sex;
}
