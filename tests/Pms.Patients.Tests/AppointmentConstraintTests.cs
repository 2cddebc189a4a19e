using Microsoft.EntityFrameworkCore;
using Npgsql;
using Pms.Patients.Infrastructure;
using Pms.Patients.Infrastructure.EntityConfigurations;
using Pms.Patients.Model;
using Pms.Patients.Tests.Infrastructure;
using Pms.Testing;

namespace Pms.Patients.Tests;

/// <summary>What the database itself guarantees about appointments, whatever the code in front of it does.</summary>
public sealed class AppointmentConstraintTests(PatientsApp app) : IAsyncLifetime
{
    private static readonly DateTimeOffset Nine = new(2030, 6, 17, 9, 0, 0, TimeSpan.Zero);
    private readonly Guid _doctorId = Guid.NewGuid();
    private readonly Guid _patientId = Guid.NewGuid();
    private string _connectionString = "";

    public async ValueTask InitializeAsync()
    {
        _connectionString = await app.Postgres.CreateMigratedDatabaseAsync();
        await using var db = Db();
        db.Doctors.Add(Doctor.Create(_doctorId, "Ada", "Lovelace", "General practice", "CONS-GP", "UTC", DateTimeOffset.UtcNow));
        db.Patients.Add(new Patient { Id = _patientId, Mrn = "PMS-0000001-8", FirstName = "Ama", LastName = "Owusu", DateOfBirth = new(1990, 3, 6) });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [TimedFact]
    public async Task TwoBookedAppointmentsInTheSameSlotAreRefused()
    {
        await InsertAsync(Nine, Nine.AddMinutes(30), AppointmentStatus.Booked);

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => InsertAsync(Nine, Nine.AddMinutes(30), AppointmentStatus.Booked));

        var postgresError = Assert.IsType<PostgresException>(refused.InnerException);
        Assert.Equal(PostgresErrorCodes.ExclusionViolation, postgresError.SqlState);
        Assert.Equal(AppointmentConfiguration.NoOverlapConstraint, postgresError.ConstraintName);
    }

    [TimedFact]
    public async Task BookedAppointmentsThatOnlyOverlapAreRefused()
    {
        await InsertAsync(Nine, Nine.AddMinutes(30), AppointmentStatus.Booked);

        await Assert.ThrowsAsync<DbUpdateException>(() => InsertAsync(Nine.AddMinutes(20), Nine.AddMinutes(40), AppointmentStatus.Booked));
    }

    [TimedFact]
    public async Task AdjacentSlotsAndCancelledAppointmentsDoNotBlockABooking()
    {
        await InsertAsync(Nine, Nine.AddMinutes(30), AppointmentStatus.Cancelled);
        await InsertAsync(Nine, Nine.AddMinutes(30), AppointmentStatus.NoShow);
        await InsertAsync(Nine.AddMinutes(30), Nine.AddMinutes(60), AppointmentStatus.Booked);

        await InsertAsync(Nine, Nine.AddMinutes(30), AppointmentStatus.Booked);

        await using var db = Db();
        Assert.Equal(2, await db.Appointments.CountAsync(appointment => appointment.Status == AppointmentStatus.Booked, TestContext.Current.CancellationToken));
    }

    [TimedFact]
    public async Task AnAppointmentMustEndAfterItStarts() =>
        await Assert.ThrowsAsync<DbUpdateException>(() => InsertAsync(Nine, Nine, AppointmentStatus.Booked));

    /// <summary>Writes the row as given, past the entity's own rules, so that only the database can refuse it.</summary>
    private async Task InsertAsync(DateTimeOffset startsAt, DateTimeOffset endsAt, AppointmentStatus status)
    {
        await using var db = Db();
        var appointment = Appointment.Book(_doctorId, _patientId, new Slot(startsAt, startsAt.AddMinutes(1)), null, _patientId, startsAt.AddDays(-1));
        var row = db.Appointments.Add(appointment);
        row.Property(stored => stored.EndsAt).CurrentValue = endsAt;
        row.Property(stored => stored.Status).CurrentValue = status;
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private PatientDbContext Db() => new(new DbContextOptionsBuilder<PatientDbContext>().UseNpgsql(_connectionString).Options);
}
