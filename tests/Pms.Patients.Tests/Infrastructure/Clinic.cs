using System.Net;
using System.Net.Http.Json;
using Pms.Contracts;
using Pms.Patients.Dtos;
using Pms.Patients.Model;
using Pms.Testing;

namespace Pms.Patients.Tests.Infrastructure;

/// <summary>
/// A doctor who works every day from 09:00 to 12:00 London time in 30-minute slots, a member of
/// staff and patients with accounts, all new for each test so that no test sees another's data.
/// </summary>
public sealed class Clinic(PatientsApp app)
{
    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Two weeks ahead: always in the future, whatever day the tests run.</summary>
    public static DateOnly FutureDay { get; } = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);

    // Eight digits and a zero where the service issues seven and a check digit: no clash with its MRNs, nor with each other.
    private static int _lastMrn;

    public Guid DoctorId { get; } = Guid.NewGuid();

    public HttpClient Staff { get; } = app.ClientFor(Guid.NewGuid(), PmsRoles.Staff);

    public HttpClient Doctor => app.ClientFor(DoctorId, PmsRoles.Doctor);

    public static DateTimeOffset At(DateOnly day, int hour, int minute = 0) => LocalTime.ToInstant(day.ToDateTime(new TimeOnly(hour, minute)), London);

    public async Task<Clinic> OpenAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var created = await Staff.PostAsJsonAsync("/api/doctors",
            new DoctorRequest(DoctorId, "Ada", "Lovelace", "General practice", "CONS-GP", "Europe/London"), cancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var availability = await Staff.PutAsJsonAsync($"/api/doctors/{DoctorId}/availability",
            new AvailabilityRequest([.. Enum.GetValues<DayOfWeek>().Select(day => new WeeklyAvailability(day, new(9, 0), new(12, 0), 30))]), cancellationToken);
        Assert.Equal(HttpStatusCode.OK, availability.StatusCode);
        return this;
    }

    /// <summary>A patient record with an account; the client signs in as that account.</summary>
    public async Task<(Guid PatientId, HttpClient Client)> PatientAsync()
    {
        var accountId = Guid.NewGuid();
        var patientId = Guid.NewGuid();
        await using var db = app.Db();
        db.Patients.Add(new Patient
        {
            Id = patientId,
            Mrn = $"PMS-{Interlocked.Increment(ref _lastMrn):D8}-0",
            FirstName = "Ama",
            LastName = "Owusu",
            DateOfBirth = new(1990, 3, 6),
            AuthUserId = accountId,
            RegistrationFeeStatus = FeeStatus.Charged,
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (patientId, app.ClientFor(accountId, PmsRoles.Patient));
    }

    public async Task<HttpResponseMessage> BookAsync(HttpClient client, DateTimeOffset startsAt, Guid? patientId = null) =>
        await client.PostAsJsonAsync("/api/appointments", new BookAppointmentRequest(DoctorId, startsAt, patientId, "Cough"), TestContext.Current.CancellationToken);

    public async Task<AppointmentDto> BookedAsync(HttpClient client, DateTimeOffset startsAt, Guid? patientId = null)
    {
        using var response = await BookAsync(client, startsAt, patientId);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AppointmentDto>(ServiceJson.Options, TestContext.Current.CancellationToken))!;
    }

    public async Task<IReadOnlyList<DateTimeOffset>> FreeStartsAsync(HttpClient client, DateOnly day)
    {
        var slots = await client.GetFromJsonAsync<DaySlotsDto>($"/api/doctors/{DoctorId}/slots?date={day:yyyy-MM-dd}", ServiceJson.Options, TestContext.Current.CancellationToken);
        return [.. slots!.Slots.Select(slot => slot.StartsAt)];
    }

    /// <summary>A Booked appointment with this clinic's doctor that started ten minutes ago.</summary>
    public async Task<Guid> StartedAppointmentAsync(Guid patientId)
    {
        var startsAt = DateTimeOffset.UtcNow.AddMinutes(-10);
        var appointment = Appointment.Book(DoctorId, patientId, new Slot(startsAt, startsAt.AddMinutes(30)), null, patientId, startsAt.AddDays(-1));
        await using var db = app.Db();
        db.Appointments.Add(appointment);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return appointment.Id;
    }

    /// <summary>Staff check the patient in as a walk-in waiting for this clinic's doctor.</summary>
    public async Task<VisitDto> WalkInAsync(Guid patientId)
    {
        using var response = await Staff.PostAsJsonAsync("/api/visits", new CheckInRequest(null, patientId, DoctorId), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<VisitDto>(ServiceJson.Options, TestContext.Current.CancellationToken))!;
    }

    /// <summary>A Booked appointment with this clinic's doctor at <paramref name="hour"/> today, London time: today's, whether or not it has started.</summary>
    public async Task<Guid> TodaysAppointmentAsync(Guid patientId, int hour = 12)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, London).DateTime);
        var startsAt = At(today, hour);
        var appointment = Appointment.Book(DoctorId, patientId, new Slot(startsAt, startsAt.AddMinutes(30)), null, patientId, startsAt.AddDays(-1));
        await using var db = app.Db();
        db.Appointments.Add(appointment);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return appointment.Id;
    }
}
