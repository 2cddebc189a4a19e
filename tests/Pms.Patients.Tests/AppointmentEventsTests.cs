using System.Net;
using System.Net.Http.Json;
using Pms.Contracts;
using Pms.Contracts.Audit;
using Pms.Contracts.Events;
using Pms.Patients.Dtos;
using Pms.Patients.Tests.Infrastructure;
using Pms.Testing;
using Wolverine.Tracking;

namespace Pms.Patients.Tests;

/// <summary>Booking, moving and cancelling leave through the outbox as events keyed by the patient.</summary>
public sealed class AppointmentEventsTests(PatientsApp app) : IAsyncLifetime
{
    private static readonly DateOnly Day = Clinic.FutureDay;
    private readonly Clinic _clinic = new(app);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _clinic.OpenAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [TimedFact]
    public async Task BookingRescheduleAndCancellationEachPublishTheirEventKeyedByThePatient()
    {
        var (patientId, patient) = await _clinic.PatientAsync();
        AppointmentDto booked = null!;

        var booking = await app.TrackAsync(async () => booked = await _clinic.BookedAsync(patient, Clinic.At(Day, 9)));
        var rescheduling = await app.TrackAsync(async () => await PostAsync(patient, $"/api/appointments/{booked.Id}/reschedule",
            new RescheduleAppointmentRequest(Clinic.At(Day, 10), "Later suits me")));
        var cancelling = await app.TrackAsync(async () => await PostAsync(patient, $"/api/appointments/{booked.Id}/cancel",
            new CancelAppointmentRequest("Feeling better")));

        var bookedEvent = Single<AppointmentBooked>(booking, booked.Id, patientId);
        Assert.Equal((_clinic.DoctorId, "Ada Lovelace", "Europe/London", Clinic.At(Day, 9), Clinic.At(Day, 9, 30), "Cough"),
            (bookedEvent.DoctorId, bookedEvent.DoctorName, bookedEvent.DoctorTimeZone, bookedEvent.StartsAt, bookedEvent.EndsAt, bookedEvent.Reason));
        var rescheduledEvent = Single<AppointmentRescheduled>(rescheduling, booked.Id, patientId);
        Assert.Equal((Clinic.At(Day, 9), Clinic.At(Day, 10), "Later suits me"),
            (rescheduledEvent.PreviousStartsAt, rescheduledEvent.StartsAt, rescheduledEvent.Reason));
        Assert.Equal("Feeling better", Single<AppointmentCancelled>(cancelling, booked.Id, patientId).Reason);
        Assert.Equal(
            [(AuditActions.Create, 201), (AuditActions.Update, 200), (AuditActions.Update, 200)],
            new[] { booking, rescheduling, cancelling }.Select(session => AuditOf(session, booked.Id, patientId)));
    }

    [TimedFact]
    public async Task ARefusedBookingPublishesNothing()
    {
        var (_, first) = await _clinic.PatientAsync();
        var (secondId, second) = await _clinic.PatientAsync();
        await _clinic.BookedAsync(first, Clinic.At(Day, 11));

        var refused = await app.TrackAsync(async () =>
        {
            using var response = await _clinic.BookAsync(second, Clinic.At(Day, 11));
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        });

        Assert.DoesNotContain(refused.Sent.MessagesOf<AppointmentBooked>(), message => message.PatientId == secondId);
    }

    private static async Task PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static TEvent Single<TEvent>(ITrackedSession session, Guid appointmentId, Guid patientId) where TEvent : IntegrationEvent
    {
        var envelope = Assert.Single(session.Sent.Envelopes(), envelope => envelope.Message is TEvent message && AppointmentOf(message) == appointmentId);
        Assert.Equal(patientId.ToString(), envelope.PartitionKey);
        Assert.Equal($"kafka://topic/{Topics.Patient}", envelope.Destination?.ToString());
        var published = (TEvent)envelope.Message!;
        Assert.Equal(patientId.ToString(), published.Subject);
        Assert.Equal(ResourceNames.Patients, published.Source);
        return published;
    }

    /// <summary>The change's audit record, sent with its event from the same outbox commit.</summary>
    private static (string Action, int Status) AuditOf(ITrackedSession session, Guid appointmentId, Guid patientId)
    {
        var record = Assert.Single(session.Sent.MessagesOf<AuditRecorded>(), record => record.ResourceId == appointmentId.ToString());
        Assert.Equal((AuditResources.Appointment, patientId, AuditOutcomes.Allowed), (record.ResourceType, record.PatientIds.Single(), record.Outcome));
        return (record.Action, record.Status);
    }

    private static Guid AppointmentOf(IntegrationEvent published) => published switch
    {
        AppointmentBooked booked => booked.AppointmentId,
        AppointmentRescheduled rescheduled => rescheduled.AppointmentId,
        AppointmentCancelled cancelled => cancelled.AppointmentId,
        _ => Guid.Empty,
    };
}
