using Microsoft.EntityFrameworkCore;
using Pms.Contracts.Events;
using Pms.Notifications.Model;
using Wolverine.Tracking;

namespace Pms.Notifications.Tests.Infrastructure;

/// <summary>Patients whose welcome SMS the tests follow: registered through the service's own event handler.</summary>
public static class SmsPatients
{
    /// <summary>The welcome text a patient registered by <see cref="RegisterAsync"/> receives.</summary>
    public const string WelcomeText = "Welcome to PMS General Hospital, Ama. Your medical record number is PMS-000042.";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>Registers a patient reachable only by SMS, at the number as typed, so the one message is a welcome SMS.</summary>
    public static async Task<Guid> RegisterAsync(this NotificationsApp app, string phoneNumber)
    {
        var registered = new PatientRegistered(Guid.NewGuid(), "PMS-000042", "Ama", "Owusu", new DateOnly(1990, 4, 2), "Female", null, phoneNumber, null);
        await app.Host.InvokeMessageAndWaitAsync(registered);
        return registered.PatientId;
    }

    /// <summary>The patient's one SMS, once it has this status.</summary>
    public static async Task<Delivery> SmsOnceAsync(this NotificationsApp app, Guid patientId, DeliveryStatus status)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(Patience);
        while (true)
        {
            await using var db = app.Db();
            var delivery = await db.Deliveries.AsNoTracking().SingleAsync(candidate => candidate.PatientId == patientId, deadline.Token);
            if (delivery.Status == status)
            {
                return delivery;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
        }
    }
}
