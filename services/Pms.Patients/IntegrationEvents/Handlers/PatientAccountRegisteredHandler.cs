using Microsoft.EntityFrameworkCore;
using Pms.Contracts.Events;
using Pms.Patients.Infrastructure;
using Pms.Patients.Model;
using Pms.Patients.Services;
using Pms.ServiceDefaults.Data;
using Pms.ServiceDefaults.Messaging;
using Wolverine;

namespace Pms.Patients.IntegrationEvents.Handlers;

/// <summary>
/// Creates the patient record of a self-registered account, exactly once per account, publishes
/// <see cref="PatientRegistered"/> and queues the registration fee, all in one transaction.
/// </summary>
public static class PatientAccountRegisteredHandler
{
    public static async Task Handle(
        PatientAccountRegistered registered, PatientDbContext db, IMessageContext messages, TimeProvider clock, CancellationToken cancellationToken)
    {
        var patientId = PatientIds.ForAccount(registered.UserId);
        if (!await db.TryMarkHandledAsync(registered, nameof(PatientAccountRegisteredHandler), cancellationToken)
            || await db.Patients.AnyAsync(patient => patient.Id == patientId || patient.AuthUserId == registered.UserId, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var patient = new Patient
        {
            Id = patientId,
            Mrn = await db.NextMrnAsync(cancellationToken),
            FirstName = registered.FirstName,
            LastName = registered.LastName,
            DateOfBirth = registered.DateOfBirth,
            Sex = PatientValidator.ParseSex(registered.Sex) ?? Sex.Unknown,
            Email = registered.Email,
            PhoneNumber = registered.PhoneNumber,
            AuthUserId = registered.UserId,
            RegistrationFeeStatus = FeeStatus.Pending,
            CreatedAt = now,
            UpdatedAt = now,
        };
        patient.Normalize();
        db.Patients.Add(patient);

        await messages.PublishEventAsync(PatientEvents.Registered(patient));
        await messages.PublishAsync(new ChargeRegistrationFee(patient.Id));
    }
}
