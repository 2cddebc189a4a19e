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

        var patient = Patient.Register(
            patientId, await db.NextMrnAsync(cancellationToken), registered.FirstName, registered.LastName, registered.DateOfBirth,
            PatientValidator.ParseSex(registered.Sex) ?? Sex.Unknown, registered.PhoneNumber, registered.Email, clock.GetUtcNow(),
            authUserId: registered.UserId);
        db.Patients.Add(patient);

        await messages.PublishEventAsync(PatientEvents.Registered(patient));
        await messages.PublishAsync(new ChargeRegistrationFee(patient.Id));
    }
}
