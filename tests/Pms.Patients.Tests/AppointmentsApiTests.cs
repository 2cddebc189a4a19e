using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pms.Contracts;
using Pms.Patients.Dtos;
using Pms.Patients.Infrastructure;
using Pms.Patients.Model;
using Pms.Patients.Tests.Infrastructure;
using Pms.ServiceDefaults.Apis;
using Pms.Testing;

namespace Pms.Patients.Tests;

public sealed class AppointmentsApiTests(PatientsApp app) : IAsyncLifetime
{
    private static readonly DateOnly Day = Clinic.FutureDay;
    private readonly Clinic _clinic = new(app);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _clinic.OpenAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [TimedFact]
    public async Task APatientBooksAFreeSlotForThemselvesAndItIsNoLongerFree()
    {
        var (patientId, patient) = await _clinic.PatientAsync();

        var booked = await _clinic.BookedAsync(patient, Clinic.At(Day, 9, 30));

        Assert.Equal((patientId, _clinic.DoctorId, AppointmentStatus.Booked), (booked.PatientId, booked.DoctorId, booked.Status));
        Assert.Equal((Clinic.At(Day, 9, 30), Clinic.At(Day, 10)), (booked.StartsAt, booked.EndsAt));
        Assert.Equal("Cough", booked.Reason);
        var free = await _clinic.FreeStartsAsync(patient, Day);
        Assert.Equal(5, free.Count);
        Assert.DoesNotContain(Clinic.At(Day, 9, 30), free);
    }

    [TimedFact]
    public async Task TheNextDayWithFreeTimeSkipsAFullyBookedDayAndLooksNoFurtherThanThreeMonths()
    {
        var (patientId, patient) = await _clinic.PatientAsync();
        foreach (var start in await _clinic.FreeStartsAsync(patient, Day))
        {
            await _clinic.BookedAsync(_clinic.Staff, start, patientId);
        }

        var next = await patient.GetFromJsonAsync<DaySlotsDto>($"/api/doctors/{_clinic.DoctorId}/slots/next?from={Day:yyyy-MM-dd}", ServiceJson.Options, Cancellation);
        using var tooFar = await patient.GetAsync(new Uri($"/api/doctors/{_clinic.DoctorId}/slots/next?from={Day.AddDays(200):yyyy-MM-dd}", UriKind.Relative), Cancellation);
        using var lastDay = await patient.GetAsync(new Uri($"/api/doctors/{_clinic.DoctorId}/slots/next?from=9999-12-31", UriKind.Relative), Cancellation);

        Assert.Equal((Day.AddDays(1), 6), (next!.Date, next.Slots.Count));
        Assert.Equal(HttpStatusCode.BadRequest, tooFar.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, lastDay.StatusCode);
    }

    [TimedFact]
    public async Task StaffBookForAnyPatientAndMustNameThePatient()
    {
        var (patientId, _) = await _clinic.PatientAsync();

        var booked = await _clinic.BookedAsync(_clinic.Staff, Clinic.At(Day, 10), patientId);
        using var unnamed = await _clinic.BookAsync(_clinic.Staff, Clinic.At(Day, 11));

        Assert.Equal(patientId, booked.PatientId);
        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
    }

    [TimedFact]
    public async Task ATakenSlotIsAConflict()
    {
        var (_, first) = await _clinic.PatientAsync();
        var (_, second) = await _clinic.PatientAsync();
        await _clinic.BookedAsync(first, Clinic.At(Day, 9));

        using var response = await _clinic.BookAsync(second, Clinic.At(Day, 9));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [TimedFact]
    public async Task ASlotInThePastIsRejected()
    {
        var (_, patient) = await _clinic.PatientAsync();

        using var response = await _clinic.BookAsync(patient, Clinic.At(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-7), 9));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [TimedTheory]
    [InlineData(13, 0)]
    [InlineData(9, 10)]
    [InlineData(11, 45)]
    public async Task ATimeOutsideTheDoctorsSlotsIsRejected(int hour, int minute)
    {
        var (_, patient) = await _clinic.PatientAsync();

        using var response = await _clinic.BookAsync(patient, Clinic.At(Day, hour, minute));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [TimedFact]
    public async Task ADayOffTakesAwayTheDoctorsSlots()
    {
        var (_, patient) = await _clinic.PatientAsync();
        using var dayOff = await _clinic.Doctor.PostAsJsonAsync($"/api/doctors/{_clinic.DoctorId}/exceptions",
            new AvailabilityExceptionRequest(Day, Day, null, null, "Annual leave"), Cancellation);
        Assert.Equal(HttpStatusCode.Created, dayOff.StatusCode);

        using var response = await _clinic.BookAsync(patient, Clinic.At(Day, 9));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Empty(await _clinic.FreeStartsAsync(patient, Day));
    }

    [TimedFact]
    public async Task APatientCannotBookForAnotherPatient()
    {
        var (otherPatientId, _) = await _clinic.PatientAsync();
        var (_, patient) = await _clinic.PatientAsync();

        using var response = await _clinic.BookAsync(patient, Clinic.At(Day, 9), otherPatientId);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = app.Db();
        Assert.False(await db.Appointments.AnyAsync(appointment => appointment.DoctorId == _clinic.DoctorId, Cancellation));
    }

    [TimedFact]
    public async Task APatientNeitherSeesNorChangesAnotherPatientsAppointment()
    {
        var (_, owner) = await _clinic.PatientAsync();
        var (_, stranger) = await _clinic.PatientAsync();
        var booked = await _clinic.BookedAsync(owner, Clinic.At(Day, 9));

        using var read = await stranger.GetAsync($"/api/appointments/{booked.Id}", Cancellation);
        var list = await stranger.GetFromJsonAsync<PagedResult<AppointmentDto>>($"/api/appointments?doctorId={_clinic.DoctorId}", ServiceJson.Options, Cancellation);
        using var cancel = await stranger.PostAsJsonAsync($"/api/appointments/{booked.Id}/cancel", new CancelAppointmentRequest("Not mine"), Cancellation);
        using var move = await stranger.PostAsJsonAsync($"/api/appointments/{booked.Id}/reschedule",
            new RescheduleAppointmentRequest(Clinic.At(Day, 11), "Not mine"), Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Empty(list!.Items);
        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, move.StatusCode);
        Assert.Equal(AppointmentStatus.Booked, (await StoredAsync(booked.Id)).Status);
        Assert.Equal(booked.StartsAt, (await StoredAsync(booked.Id)).StartsAt);
    }

    [TimedFact]
    public async Task APatientListsOnlyTheirOwnAppointments()
    {
        var (patientId, patient) = await _clinic.PatientAsync();
        var (_, other) = await _clinic.PatientAsync();
        var own = await _clinic.BookedAsync(patient, Clinic.At(Day, 9));
        await _clinic.BookedAsync(other, Clinic.At(Day, 10));

        var list = await patient.GetFromJsonAsync<PagedResult<AppointmentDto>>("/api/appointments", ServiceJson.Options, Cancellation);

        var only = Assert.Single(list!.Items);
        Assert.Equal((own.Id, patientId), (only.Id, only.PatientId));
    }

    [TimedFact]
    public async Task CancellingNeedsAReasonAndFreesTheSlot()
    {
        var (_, patient) = await _clinic.PatientAsync();
        var booked = await _clinic.BookedAsync(patient, Clinic.At(Day, 9));

        using var withoutReason = await patient.PostAsJsonAsync($"/api/appointments/{booked.Id}/cancel", new CancelAppointmentRequest(" "), Cancellation);
        using var cancelled = await patient.PostAsJsonAsync($"/api/appointments/{booked.Id}/cancel", new CancelAppointmentRequest("Feeling better"), Cancellation);
        using var again = await patient.PostAsJsonAsync($"/api/appointments/{booked.Id}/cancel", new CancelAppointmentRequest("Twice"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var stored = await StoredAsync(booked.Id);
        Assert.Equal((AppointmentStatus.Cancelled, "Feeling better"), (stored.Status, stored.CancellationReason));
        Assert.Contains(Clinic.At(Day, 9), await _clinic.FreeStartsAsync(patient, Day));
        await _clinic.BookedAsync(_clinic.Staff, Clinic.At(Day, 9), (await _clinic.PatientAsync()).PatientId);
    }

    [TimedFact]
    public async Task ReschedulingMovesTheAppointmentToAnotherFreeSlot()
    {
        var (_, patient) = await _clinic.PatientAsync();
        var booked = await _clinic.BookedAsync(patient, Clinic.At(Day, 9));

        using var moved = await patient.PostAsJsonAsync($"/api/appointments/{booked.Id}/reschedule",
            new RescheduleAppointmentRequest(Clinic.At(Day.AddDays(1), 11, 30), "Clash at work"), Cancellation);

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var stored = await StoredAsync(booked.Id);
        Assert.Equal((Clinic.At(Day.AddDays(1), 11, 30), Clinic.At(Day.AddDays(1), 12), AppointmentStatus.Booked, "Clash at work"),
            (stored.StartsAt, stored.EndsAt, stored.Status, stored.RescheduleReason));
        Assert.Contains(Clinic.At(Day, 9), await _clinic.FreeStartsAsync(patient, Day));
        Assert.DoesNotContain(Clinic.At(Day.AddDays(1), 11, 30), await _clinic.FreeStartsAsync(patient, Day.AddDays(1)));
    }

    [TimedFact]
    public async Task ReschedulingFollowsTheBookingRulesAndChangesNothingWhenRefused()
    {
        var (_, patient) = await _clinic.PatientAsync();
        var (_, other) = await _clinic.PatientAsync();
        var booked = await _clinic.BookedAsync(patient, Clinic.At(Day, 9));
        await _clinic.BookedAsync(other, Clinic.At(Day, 10));

        async Task<HttpStatusCode> MoveAsync(DateTimeOffset startsAt, string? reason = "Clash")
        {
            using var response = await patient.PostAsJsonAsync($"/api/appointments/{booked.Id}/reschedule",
                new RescheduleAppointmentRequest(startsAt, reason), Cancellation);
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Conflict, await MoveAsync(Clinic.At(Day, 10)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, await MoveAsync(Clinic.At(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), 9)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, await MoveAsync(Clinic.At(Day, 14)));
        Assert.Equal(HttpStatusCode.BadRequest, await MoveAsync(Clinic.At(Day, 11), reason: null));
        var stored = await StoredAsync(booked.Id);
        Assert.Equal((Clinic.At(Day, 9), null), (stored.StartsAt, stored.RescheduleReason));
    }

    [TimedFact]
    public async Task ManySimultaneousBookingsOfOneSlotEndWithExactlyOneBooked()
    {
        const int attempts = 20;
        var patients = new List<(Guid PatientId, HttpClient Client)>();
        for (var index = 0; index < attempts; index++)
        {
            patients.Add(await _clinic.PatientAsync());
        }

        using var start = new SemaphoreSlim(0, attempts);
        var bookings = patients.Select(patient => Task.Run(async () =>
        {
            await start.WaitAsync(Cancellation);
            using var response = await _clinic.BookAsync(patient.Client, Clinic.At(Day, 11));
            return response.StatusCode;
        }, Cancellation)).ToList();
        start.Release(attempts);
        var answers = await Task.WhenAll(bookings);

        Assert.Equal(1, answers.Count(answer => answer == HttpStatusCode.Created));
        Assert.Equal(attempts - 1, answers.Count(answer => answer == HttpStatusCode.Conflict));
        await using var db = app.Db();
        Assert.Equal(1, await db.Appointments.CountAsync(
            appointment => appointment.DoctorId == _clinic.DoctorId && appointment.Status == AppointmentStatus.Booked, Cancellation));
    }

    [TimedFact]
    public async Task ABookingThatLosesTheRaceAfterItsCheckIsAConflictAndStoresNothing()
    {
        var (patientId, patient) = await _clinic.PatientAsync();
        var (rivalId, _) = await _clinic.PatientAsync();

        // The rival's booking is written but not committed: the API's own check cannot see it, so
        // only the database's constraint can stop the second booking, once the rival commits.
        await using var rival = app.Db();
        await using var transaction = await rival.Database.BeginTransactionAsync(Cancellation);
        rival.Appointments.Add(NewAppointment(rivalId, Clinic.At(Day, 9), Clinic.At(Day, 9, 30)));
        await rival.SaveChangesAsync(Cancellation);
        var booking = _clinic.BookAsync(patient, Clinic.At(Day, 9));
        await WaitUntilSomeoneWaitsForAsync(rival);
        await transaction.CommitAsync(Cancellation);
        using var response = await booking;

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        await using var db = app.Db();
        Assert.False(await db.Appointments.AnyAsync(appointment => appointment.PatientId == patientId, Cancellation));
    }

    [TimedFact]
    public async Task ADoctorSeesTheirOwnDayButNotAnotherDoctorsAppointments()
    {
        var (_, patient) = await _clinic.PatientAsync();
        var today = await _clinic.BookedAsync(patient, Clinic.At(Day, 9));
        await _clinic.BookedAsync(patient, Clinic.At(Day.AddDays(1), 9));
        var otherDoctor = app.ClientFor(Guid.NewGuid(), PmsRoles.Doctor);

        var day = await _clinic.Doctor.GetFromJsonAsync<PagedResult<AppointmentDto>>($"/api/appointments?date={Day:yyyy-MM-dd}", ServiceJson.Options, Cancellation);
        using var stranger = await otherDoctor.GetAsync($"/api/appointments/{today.Id}", Cancellation);

        Assert.Equal(today.Id, Assert.Single(day!.Items).Id);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
    }

    [TimedFact]
    public async Task TheDoctorClosesAnAppointmentThatHasStartedAndOnlyThen()
    {
        var (patientId, patient) = await _clinic.PatientAsync();
        var started = await InsertStartedAppointmentAsync(patientId);
        var future = await _clinic.BookedAsync(patient, Clinic.At(Day, 9));
        var otherDoctor = app.ClientFor(Guid.NewGuid(), PmsRoles.Doctor);

        using var byStranger = await otherDoctor.PostAsync($"/api/appointments/{started}/complete", null, Cancellation);
        using var completed = await _clinic.Doctor.PostAsync($"/api/appointments/{started}/complete", null, Cancellation);
        using var twice = await _clinic.Doctor.PostAsync($"/api/appointments/{started}/no-show", null, Cancellation);
        using var tooEarly = await _clinic.Staff.PostAsync($"/api/appointments/{future.Id}/no-show", null, Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooEarly.StatusCode);
        Assert.Equal(AppointmentStatus.Completed, (await StoredAsync(started)).Status);
        Assert.Equal(AppointmentStatus.Booked, (await StoredAsync(future.Id)).Status);
    }

    [TimedFact]
    public async Task APatientCannotCloseAnAppointment()
    {
        var (patientId, patient) = await _clinic.PatientAsync();
        var started = await InsertStartedAppointmentAsync(patientId);

        using var response = await patient.PostAsync($"/api/appointments/{started}/complete", null, Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>The API books only future slots; an appointment that has begun is written directly.</summary>
    private Task<Guid> InsertStartedAppointmentAsync(Guid patientId) => _clinic.StartedAppointmentAsync(patientId);

    private Appointment NewAppointment(Guid patientId, DateTimeOffset startsAt, DateTimeOffset endsAt) =>
        Appointment.Book(_clinic.DoctorId, patientId, new Slot(startsAt, endsAt), null, patientId, DateTimeOffset.UtcNow);

    /// <summary>Until another session waits for <paramref name="transaction"/>'s transaction to end.</summary>
    private static async Task WaitUntilSomeoneWaitsForAsync(PatientDbContext transaction)
    {
        const string sql = """
            SELECT EXISTS (SELECT 1 FROM pg_locks WHERE NOT granted AND locktype = 'transactionid'
                AND transactionid::text::bigint = txid_current() % 4294967296) AS "Value"
            """;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await transaction.Database.SqlQueryRaw<bool>(sql).SingleAsync(Cancellation))
        {
            Assert.True(DateTime.UtcNow < deadline, "The booking never reached the database's constraint.");
            await Task.Delay(20, Cancellation);
        }
    }

    private async Task<Appointment> StoredAsync(Guid id)
    {
        await using var db = app.Db();
        return await db.Appointments.AsNoTracking().SingleAsync(appointment => appointment.Id == id, Cancellation);
    }
}
