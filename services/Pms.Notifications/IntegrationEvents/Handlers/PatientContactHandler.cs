using Pms.Contracts.Events;
using Pms.Notifications.Infrastructure;
using Pms.Notifications.Model;
using Pms.Notifications.Services;

namespace Pms.Notifications.IntegrationEvents.Handlers;

/// <summary>Keeps contact details current and welcomes newly registered patients.</summary>
public static class PatientContactHandler
{
    public const string Welcome = "welcome";

    public static async Task Handle(PatientRegistered registered, NotificationDbContext db, DeliveryPlanner planner, CancellationToken cancellationToken)
    {
        await UpsertAsync(db, registered.PatientId, registered.AuthUserId, registered.FirstName, registered.LastName,
            registered.Email, registered.PhoneNumber, registered.OccurredAt, cancellationToken);
        await planner.PlanAsync(registered, registered.PatientId, Welcome, essential: false,
            new Dictionary<string, object?> { ["mrn"] = registered.Mrn }, cancellationToken);
    }

    public static Task Handle(PatientUpdated updated, NotificationDbContext db, CancellationToken cancellationToken) =>
        UpsertAsync(db, updated.PatientId, updated.AuthUserId, updated.FirstName, updated.LastName,
            updated.Email, updated.PhoneNumber, updated.OccurredAt, cancellationToken);

    private static async Task UpsertAsync(
        NotificationDbContext db, Guid patientId, Guid? authUserId, string firstName, string lastName, string? email, string? phone,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.FindAsync([patientId], cancellationToken);
        if (contact is null)
        {
            contact = new PatientContact { PatientId = patientId };
            db.Contacts.Add(contact);
        }
        else if (contact.UpdatedAt >= at)
        {
            return;
        }

        contact.AuthUserId = authUserId;
        contact.FirstName = firstName;
        contact.LastName = lastName;
        contact.Email = email;
        contact.PhoneNumber = phone;
        contact.UpdatedAt = at;
    }
}
