using System.Net;
using Microsoft.EntityFrameworkCore;
using Pms.Contracts;
using Pms.Patients.Infrastructure;
using Pms.Patients.Model;
using Pms.Patients.Reports;
using Pms.Patients.Tests.Infrastructure;
using Pms.ServiceDefaults.Apis;
using Pms.Testing;

namespace Pms.Patients.Tests;

/// <summary>
/// The activity reports against a data set of their own, in a database of their own, every figure worked out by hand:
/// five registrations over three days (desk and online, one outside the period) and two doctors' appointments ending
/// every way an appointment ends.
/// </summary>
public sealed class ActivityReportsTests(PatientsApp app) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private static readonly ReportPeriod Period = new(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 7));
    private readonly Guid _lovelace = Guid.NewGuid();
    private readonly Guid _seacole = Guid.NewGuid();
    private string _connectionString = "";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _connectionString = await app.Postgres.CreateMigratedDatabaseAsync();
        await using var db = Db();
        var patients = new[]
        {
            Registered(1, new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero), online: false),
            Registered(2, new DateTimeOffset(2026, 12, 2, 23, 59, 0, TimeSpan.Zero), online: true),
            Registered(3, new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero), online: false),
            Registered(4, new DateTimeOffset(2026, 12, 5, 0, 0, 0, TimeSpan.Zero), online: true),
            Registered(5, new DateTimeOffset(2026, 11, 30, 23, 59, 0, TimeSpan.Zero), online: false),
        };
        db.Patients.AddRange(patients);
        db.Doctors.AddRange(
            Doctor.Create(_lovelace, "Ada", "Lovelace", "General practice", "CONS-GP", "UTC", Now.AddYears(-1)),
            Doctor.Create(_seacole, "Mary", "Seacole", "General practice", "CONS-GP", "UTC", Now.AddYears(-1)));
        var day = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
        db.Appointments.AddRange(
            Closed(_lovelace, patients[0].Id, day, AppointmentStatus.Completed),
            Closed(_lovelace, patients[1].Id, day.AddHours(1), AppointmentStatus.Completed),
            Closed(_lovelace, patients[2].Id, day.AddHours(2), AppointmentStatus.Completed),
            Closed(_lovelace, patients[3].Id, day.AddHours(3), AppointmentStatus.NoShow),
            Closed(_lovelace, patients[0].Id, day.AddDays(1), AppointmentStatus.Cancelled),
            Closed(_lovelace, patients[1].Id, day.AddDays(10), AppointmentStatus.Booked),
            Closed(_seacole, patients[4].Id, day.AddDays(2), AppointmentStatus.NoShow),
            Closed(_seacole, patients[3].Id, day.AddDays(3), AppointmentStatus.Booked),
            Closed(_seacole, patients[2].Id, day.AddDays(-10), AppointmentStatus.Completed));
        await db.SaveChangesAsync(Cancellation);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [TimedFact]
    public async Task RegistrationsAreCountedPerUtcDayAndSource()
    {
        await using var db = Db();

        var rows = await new ActivityReports(db).RegistrationsAsync(Period, Cancellation);

        Assert.Equal(
        [
            new RegistrationRow(new DateOnly(2026, 12, 2), "Desk", 2),
            new RegistrationRow(new DateOnly(2026, 12, 2), "Online", 1),
            new RegistrationRow(new DateOnly(2026, 12, 5), "Online", 1),
        ], rows);
    }

    [TimedFact]
    public async Task EachDoctorsAppointmentsAreCountedByOutcomeWithTheNoShowRateOfThoseClosed()
    {
        await using var db = Db();

        var rows = await new ActivityReports(db).AppointmentsByDoctorAsync(Period, Cancellation);

        Assert.Equal(
        [
            new DoctorAppointmentsRow(_lovelace, "Ada Lovelace", 5, 3, 1, 1, 0, 25.0m),
            new DoctorAppointmentsRow(_seacole, "Mary Seacole", 2, 0, 1, 0, 1, 100.0m),
        ], rows);
    }

    [TimedTheory]
    [InlineData("/api/patients/reports/registrations", PmsRoles.Staff, HttpStatusCode.OK)]
    [InlineData("/api/patients/reports/appointments?format=csv", PmsRoles.Admin, HttpStatusCode.OK)]
    [InlineData("/api/patients/reports/appointments", PmsRoles.Doctor, HttpStatusCode.Forbidden)]
    [InlineData("/api/patients/reports/registrations", PmsRoles.Patient, HttpStatusCode.Forbidden)]
    [InlineData("/api/patients/reports/registrations?format=pdf", PmsRoles.Staff, HttpStatusCode.BadRequest)]
    public async Task TheDeskAndAdministratorsReadTheActivityReports(string path, string role, HttpStatusCode expected)
    {
        using var response = await app.ClientFor(Guid.NewGuid(), role).GetAsync(new Uri(path, UriKind.Relative), Cancellation);

        Assert.Equal(expected, response.StatusCode);
    }

    private PatientDbContext Db() => new(new DbContextOptionsBuilder<PatientDbContext>().UseNpgsql(_connectionString).Options);

    private static Patient Registered(int number, DateTimeOffset at, bool online) =>
        Patient.Register(Guid.NewGuid(), $"PMS-{number:D8}-0", "Ama", $"Owusu{number}", new DateOnly(1990, 1, 1), Sex.Female, null, null, at,
            authUserId: online ? Guid.NewGuid() : null);

    private static Appointment Closed(Guid doctorId, Guid patientId, DateTimeOffset startsAt, AppointmentStatus outcome)
    {
        var appointment = Appointment.Book(doctorId, patientId, new Slot(startsAt, startsAt.AddMinutes(30)), null, patientId, startsAt.AddDays(-30));
        switch (outcome)
        {
            case AppointmentStatus.Completed:
                appointment.Complete("CONS-GP", patientCheckedIn: false, startsAt.AddMinutes(20));
                break;
            case AppointmentStatus.NoShow:
                appointment.MarkNoShow(startsAt.AddMinutes(20));
                break;
            case AppointmentStatus.Cancelled:
                appointment.Cancel("Feeling better", startsAt.AddDays(-1));
                break;
        }

        return appointment;
    }
}
