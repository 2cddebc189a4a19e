using Microsoft.EntityFrameworkCore;
using Pms.Contracts.Events;
using Pms.Patients.Infrastructure;
using Pms.Patients.Model;
using Pms.ServiceDefaults.Data;

namespace Pms.Patients.IntegrationEvents.Handlers;

/// <summary>Creates the patient record of a self-registered account, exactly once per account.</summary>
public static class PatientAccountRegisteredHandler
{
    public static async Task Handle(PatientAccountRegistered registered, PatientDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!await db.TryMarkHandledAsync(registered, nameof(PatientAccountRegisteredHandler), cancellationToken)
            || await db.Patients.AnyAsync(patient => patient.AuthUserId == registered.UserId, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        db.Patients.Add(new Patient
        {
            Id = Guid.CreateVersion7(),
            Mrn = await db.NextMrnAsync(cancellationToken),
            FirstName = registered.FirstName,
            LastName = registered.LastName,
            DateOfBirth = registered.DateOfBirth,
            Email = registered.Email,
            PhoneNumber = registered.PhoneNumber,
            AuthUserId = registered.UserId,
            CreatedAt = now,
            UpdatedAt = now,
        });
    }
}
