using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Pms.Contracts;
using Pms.Contracts.Audit;
using Pms.Contracts.Events;
using Pms.Patients.Dtos;
using Pms.Patients.Model;
using Pms.Patients.Services;
using Pms.Patients.Tests.Infrastructure;
using Pms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Pms.Patients.Tests;

/// <summary>The check-in queue: check-in, call, consultation's end, the cashier; refusals; what screens are told.</summary>
public sealed class WaitingRoomTests(PatientsApp app) : IAsyncLifetime
{
    private readonly Clinic _clinic = new(app);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _clinic.OpenAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [TimedFact]
    public async Task AWalkInWaitsIsCalledIsSeenAndLeavesFromTheCashierWithEveryScreenToldOfEachMove()
    {
        var (patientId, _) = await _clinic.PatientAsync();
        var signals = await ListenAsync();

        var waiting = await _clinic.WalkInAsync(patientId);
        var queued = await QueueAsync();
        var called = await PostAsync<VisitDto>(_clinic.Doctor, $"/api/visits/doctors/{_clinic.DoctorId}/call-next");
        var seen = await PostAsync<VisitDto>(_clinic.Doctor, $"/api/visits/{waiting.Id}/complete");
        var done = await PostAsync<VisitDto>(_clinic.Staff, $"/api/visits/{waiting.Id}/close");

        Assert.Equal((VisitStage.Waiting, "Ama Owusu", "Ada Lovelace", null), (waiting.Stage, waiting.PatientName, waiting.DoctorName, waiting.AppointmentId));
        Assert.Equal(waiting.Id, Assert.Single(queued).Id);
        Assert.Equal(VisitStage.InConsultation, called.Stage);
        Assert.NotNull(called.CalledAt);
        // A walk-in has no appointment to charge: the cashier bills the visit.
        Assert.Equal(VisitStage.AtCashier, seen.Stage);
        Assert.Equal(VisitStage.Done, done.Stage);
        Assert.Empty(await QueueAsync());
        await EventuallyAsync(() => signals.Count(doctor => doctor == _clinic.DoctorId.ToString()) == 4, "four signals, one per move");
    }

    [TimedFact]
    public async Task TheDoctorsLongestWaitingPatientIsCalledFirstAndOnlyOneAtATime()
    {
        var (first, _) = await _clinic.PatientAsync();
        var (second, _) = await _clinic.PatientAsync();
        await _clinic.WalkInAsync(first);
        await _clinic.WalkInAsync(second);

        var called = await PostAsync<VisitDto>(_clinic.Staff, $"/api/visits/doctors/{_clinic.DoctorId}/call-next");
        using var busy = await _clinic.Staff.PostAsync($"/api/visits/doctors/{_clinic.DoctorId}/call-next", null, Cancellation);

        Assert.Equal(first, called.PatientId);
        Assert.Equal(HttpStatusCode.Conflict, busy.StatusCode);
        Assert.Contains("seeing a patient", await busy.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal([(first, VisitStage.InConsultation), (second, VisitStage.Waiting)], (await QueueAsync()).Select(visit => (visit.PatientId, visit.Stage)));
    }

    [TimedFact]
    public async Task TwoScreensCallingAtOnceCallOnePatient()
    {
        var (first, _) = await _clinic.PatientAsync();
        var (second, _) = await _clinic.PatientAsync();
        await _clinic.WalkInAsync(first);
        await _clinic.WalkInAsync(second);

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            using var response = await _clinic.Staff.PostAsync($"/api/visits/doctors/{_clinic.DoctorId}/call-next", null, Cancellation);
            return response.StatusCode;
        }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Order());
        Assert.Single(await QueueAsync(), visit => visit.Stage == VisitStage.InConsultation);
    }

    [TimedFact]
    public async Task TodaysAppointmentIsCheckedInOnceAndItsCompletionChargesTheFeeAndSendsThePatientToTheCashier()
    {
        var (patientId, _) = await _clinic.PatientAsync();
        var appointmentId = await _clinic.TodaysAppointmentAsync(patientId);

        using var checkedIn = await _clinic.Staff.PostAsJsonAsync("/api/visits", new CheckInRequest(appointmentId, null, null), Cancellation);
        var visit = (await checkedIn.Content.ReadFromJsonAsync<VisitDto>(ServiceJson.Options, Cancellation))!;
        using var again = await _clinic.Staff.PostAsJsonAsync("/api/visits", new CheckInRequest(appointmentId, null, null), Cancellation);
        using var noShow = await _clinic.Staff.PostAsync($"/api/appointments/{appointmentId}/no-show", null, Cancellation);
        using var cancelled = await _clinic.Staff.PostAsJsonAsync($"/api/appointments/{appointmentId}/cancel", new CancelAppointmentRequest("Changed mind"), Cancellation);
        await PostAsync<VisitDto>(_clinic.Doctor, $"/api/visits/doctors/{_clinic.DoctorId}/call-next");
        VisitDto seen = null!;
        var completing = await app.TrackAsync(async () => seen = await PostAsync<VisitDto>(_clinic.Doctor, $"/api/visits/{visit.Id}/complete"));

        Assert.Equal(HttpStatusCode.Created, checkedIn.StatusCode);
        Assert.Equal((patientId, _clinic.DoctorId, (Guid?)appointmentId, Clinic.At(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Clinic.London).DateTime), 12)),
            (visit.PatientId, visit.DoctorId, visit.AppointmentId, visit.AppointmentStartsAt!.Value));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, noShow.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, cancelled.StatusCode);
        Assert.Equal(VisitStage.AtCashier, seen.Stage);
        var appointment = await _clinic.Doctor.GetFromJsonAsync<AppointmentDto>($"/api/appointments/{appointmentId}", ServiceJson.Options, Cancellation);
        Assert.Equal((AppointmentStatus.Completed, FeeStatus.Charged), (appointment!.Status, appointment.ConsultationFee!.Status));
        var completed = Assert.Single(completing.Sent.MessagesOf<AppointmentCompleted>(), sent => sent.AppointmentId == appointmentId);
        Assert.Equal((appointmentId, patientId, _clinic.DoctorId), (completed.AppointmentId, completed.PatientId, completed.DoctorId));
        Assert.Contains(completing.Sent.MessagesOf<AuditRecorded>(), record => record.ResourceType == AuditResources.Appointment && record.ResourceId == appointmentId.ToString());
    }

    [TimedFact]
    public async Task ACancelSentWithTheAppointmentAsItWasBeforeTheCheckInMeetsAConflict()
    {
        var (patientId, _) = await _clinic.PatientAsync();
        var appointmentId = await _clinic.TodaysAppointmentAsync(patientId, hour: 23);
        await using var stale = app.Db();
        var seenBefore = await stale.Appointments.SingleAsync(appointment => appointment.Id == appointmentId, Cancellation);

        using var checkedIn = await _clinic.Staff.PostAsJsonAsync("/api/visits", new CheckInRequest(appointmentId, null, null), Cancellation);
        seenBefore.Cancel("Changed mind", DateTimeOffset.UtcNow.AddDays(-2));

        Assert.Equal(HttpStatusCode.Created, checkedIn.StatusCode);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => stale.SaveChangesAsync(Cancellation));
    }

    [TimedFact]
    public async Task CompletingTheAppointmentFromTheDiaryMovesTheCheckedInPatientOnToo()
    {
        var (patientId, _) = await _clinic.PatientAsync();
        var appointmentId = await _clinic.TodaysAppointmentAsync(patientId);
        using var checkedIn = await _clinic.Staff.PostAsJsonAsync("/api/visits", new CheckInRequest(appointmentId, patientId, null), Cancellation);
        Assert.Equal(HttpStatusCode.Created, checkedIn.StatusCode);

        await PostAsync<AppointmentDto>(_clinic.Doctor, $"/api/appointments/{appointmentId}/complete");

        Assert.Equal(VisitStage.AtCashier, Assert.Single(await QueueAsync()).Stage);
    }

    [TimedFact]
    public async Task APatientWhoseInsurerPaysTheWholeFeeGoesHomeAfterTheConsultation()
    {
        var (patientId, _) = await _clinic.PatientAsync();
        var appointmentId = await _clinic.TodaysAppointmentAsync(patientId);
        app.Billing.CoverInFull(BillingFeeClient.ConsultationKey(appointmentId));
        using var checkedIn = await _clinic.Staff.PostAsJsonAsync("/api/visits", new CheckInRequest(appointmentId, null, null), Cancellation);
        var visit = (await checkedIn.Content.ReadFromJsonAsync<VisitDto>(ServiceJson.Options, Cancellation))!;

        VisitDto seen = null!;
        var completing = await app.TrackAsync(async () => seen = await PostAsync<VisitDto>(_clinic.Staff, $"/api/visits/{visit.Id}/complete"));

        Assert.Equal(VisitStage.Done, seen.Stage);
        Assert.NotNull(seen.ClosedAt);
        Assert.Empty(await QueueAsync());

        // Two saves in one request: the appointment's completion, then the visit's close once billing answered.
        Assert.Equal(
            [(AuditResources.Appointment, appointmentId), (AuditResources.Visit, visit.Id)],
            completing.Sent.MessagesOf<AuditRecorded>().Where(record => record.PatientIds.Contains(patientId))
                .Select(record => (record.ResourceType, Guid.Parse(record.ResourceId!))).Order());
    }

    [TimedFact]
    public async Task WhileBillingIsDownTheSeenPatientWaitsAtTheCashier()
    {
        var (patientId, _) = await _clinic.PatientAsync();
        var appointmentId = await _clinic.TodaysAppointmentAsync(patientId);
        app.Billing.TakeDown(BillingFeeClient.ConsultationKey(appointmentId));
        using var checkedIn = await _clinic.Staff.PostAsJsonAsync("/api/visits", new CheckInRequest(appointmentId, null, null), Cancellation);
        var visit = (await checkedIn.Content.ReadFromJsonAsync<VisitDto>(ServiceJson.Options, Cancellation))!;

        var seen = await PostAsync<VisitDto>(_clinic.Staff, $"/api/visits/{visit.Id}/complete");
        app.Billing.BringBack(BillingFeeClient.ConsultationKey(appointmentId));

        Assert.Equal(VisitStage.AtCashier, seen.Stage);
    }

    [TimedFact]
    public async Task AnAppointmentOfAnotherDayOrNotBookedCannotBeCheckedIn()
    {
        var (patientId, patient) = await _clinic.PatientAsync();
        var future = await _clinic.BookedAsync(patient, Clinic.At(Clinic.FutureDay, 9));
        var today = await _clinic.TodaysAppointmentAsync(patientId, hour: 10);
        await using (var db = app.Db())
        {
            var closed = await db.Appointments.FindAsync([today], Cancellation);
            closed!.MarkNoShow(DateTimeOffset.UtcNow.AddDays(1));
            await db.SaveChangesAsync(Cancellation);
        }

        using var otherDay = await _clinic.Staff.PostAsJsonAsync("/api/visits", new CheckInRequest(future.Id, null, null), Cancellation);
        using var notBooked = await _clinic.Staff.PostAsJsonAsync("/api/visits", new CheckInRequest(today, null, null), Cancellation);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherDay.StatusCode);
        Assert.Contains("not today", await otherDay.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal(HttpStatusCode.Conflict, notBooked.StatusCode);
        Assert.Empty(await QueueAsync());
    }

    [TimedFact]
    public async Task BadCheckInsAreRefusedAndStoreNothing()
    {
        var (patientId, _) = await _clinic.PatientAsync();
        var (otherPatient, _) = await _clinic.PatientAsync();
        var appointmentId = await _clinic.TodaysAppointmentAsync(patientId);

        var answers = new List<HttpStatusCode>();
        foreach (var request in new CheckInRequest[]
        {
            new(null, null, null),
            new(null, patientId, null),
            new(null, Guid.NewGuid(), _clinic.DoctorId),
            new(null, patientId, Guid.NewGuid()),
            new(Guid.NewGuid(), null, null),
            new(appointmentId, otherPatient, null),
        })
        {
            using var response = await _clinic.Staff.PostAsJsonAsync("/api/visits", request, Cancellation);
            answers.Add(response.StatusCode);
        }

        Assert.Equal(
            [HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.BadRequest],
            answers);
        Assert.Empty(await QueueAsync());
    }

    [TimedFact]
    public async Task APatientIsInTheQueueOnceAndOneWhoLeavesUnseenIsMarkedLeft()
    {
        var (patientId, _) = await _clinic.PatientAsync();
        var visit = await _clinic.WalkInAsync(patientId);

        using var again = await _clinic.Staff.PostAsJsonAsync("/api/visits", new CheckInRequest(null, patientId, _clinic.DoctorId), Cancellation);
        using var doctorCloses = await _clinic.Doctor.PostAsync($"/api/visits/{visit.Id}/close", null, Cancellation);
        var left = await PostAsync<VisitDto>(_clinic.Staff, $"/api/visits/{visit.Id}/close");
        using var closedAgain = await _clinic.Staff.PostAsync($"/api/visits/{visit.Id}/close", null, Cancellation);
        using var nobody = await _clinic.Doctor.PostAsync($"/api/visits/doctors/{_clinic.DoctorId}/call-next", null, Cancellation);
        using var otherDoctor = await app.ClientFor(Guid.NewGuid(), PmsRoles.Doctor).PostAsync($"/api/visits/doctors/{_clinic.DoctorId}/call-next", null, Cancellation);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already in the waiting room", await again.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal(HttpStatusCode.Forbidden, doctorCloses.StatusCode);
        Assert.Equal(VisitStage.Left, left.Stage);
        Assert.Equal(HttpStatusCode.Conflict, closedAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, nobody.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherDoctor.StatusCode);
        Assert.Empty(await QueueAsync());
        await _clinic.WalkInAsync(patientId);
    }

    [TimedFact]
    public async Task AVisitNobodyClosedIsClosedAtTheEndOfItsDaySoThePatientCanBeCheckedInAgain()
    {
        var (patientId, _) = await _clinic.PatientAsync();
        var (otherId, _) = await _clinic.PatientAsync();
        var yesterday = Visit.CheckIn(patientId, _clinic.DoctorId, null, Guid.NewGuid(), DateTimeOffset.UtcNow.AddHours(-20));
        var atCashier = Visit.CheckIn(otherId, _clinic.DoctorId, null, Guid.NewGuid(), DateTimeOffset.UtcNow.AddHours(-19));
        atCashier.EndConsultation(owesSomething: true, DateTimeOffset.UtcNow.AddHours(-19));
        await using (var db = app.Db())
        {
            db.Visits.AddRange(yesterday, atCashier);
            await db.SaveChangesAsync(Cancellation);
        }

        var closed = await app.Services.GetRequiredService<StaleVisitsJob>().CloseStaleAsync(Cancellation);

        Assert.True(closed >= 2, $"Closed {closed} visits.");
        await using (var db = app.Db())
        {
            var stages = await db.Visits.Where(visit => visit.Id == yesterday.Id || visit.Id == atCashier.Id)
                .ToDictionaryAsync(visit => visit.Id, visit => visit.Stage, Cancellation);
            Assert.Equal((VisitStage.Left, VisitStage.Done), (stages[yesterday.Id], stages[atCashier.Id]));
        }

        Assert.Empty(await QueueAsync());
        Assert.Equal(VisitStage.Waiting, (await _clinic.WalkInAsync(patientId)).Stage);
    }

    [TimedFact]
    public async Task NoShowPublishesItsEvent()
    {
        var (patientId, _) = await _clinic.PatientAsync();
        var appointmentId = await _clinic.StartedAppointmentAsync(patientId);

        var marking = await app.TrackAsync(async () => await PostAsync<AppointmentDto>(_clinic.Staff, $"/api/appointments/{appointmentId}/no-show"));

        var noShow = Assert.Single(marking.Sent.MessagesOf<AppointmentNoShow>(), sent => sent.AppointmentId == appointmentId);
        Assert.Equal((appointmentId, patientId, _clinic.DoctorId), (noShow.AppointmentId, noShow.PatientId, noShow.DoctorId));
    }

    private async Task<List<VisitDto>> QueueAsync() =>
        (await _clinic.Staff.GetFromJsonAsync<List<VisitDto>>($"/api/visits?doctorId={_clinic.DoctorId}", ServiceJson.Options, Cancellation))!;

    private static async Task<T> PostAsync<T>(HttpClient client, string path)
    {
        using var response = await client.PostAsync(path, null, Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancellation)}");
        return (await response.Content.ReadFromJsonAsync<T>(ServiceJson.Options, Cancellation))!;
    }

    /// <summary>What the waiting-room channel carries from now on, as a screen's subscription hears it.</summary>
    private static async Task<ConcurrentQueue<string>> ListenAsync()
    {
        var heard = new ConcurrentQueue<string>();
        await ThrowawayRedis.Shared.Connection.GetSubscriber()
            .SubscribeAsync(RedisChannel.Literal(LiveChannels.WaitingRoom), (_, message) => heard.Enqueue(message!));
        return heard;
    }

    private static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Never heard {what}.");
            await Task.Delay(50, Cancellation);
        }
    }
}
