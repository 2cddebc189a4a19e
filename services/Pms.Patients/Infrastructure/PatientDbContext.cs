using Microsoft.EntityFrameworkCore;
using Pms.Patients.Model;
using Pms.ServiceDefaults.Data;
using Pms.ServiceDefaults.Messaging;
using Wolverine.EntityFrameworkCore;

namespace Pms.Patients.Infrastructure;

public sealed class PatientDbContext(DbContextOptions<PatientDbContext> options) : DbContext(options)
{
    public const string MrnSequence = "MrnNumbers";

    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<Doctor> Doctors => Set<Doctor>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<Visit> Visits => Set<Visit>();

    public DbSet<PatientDocument> Documents => Set<PatientDocument>();

    public DbSet<DocumentAccess> DocumentAccesses => Set<DocumentAccess>();

    public DbSet<PatientMerge> PatientMerges => Set<PatientMerge>();

    public async Task<string> NextMrnAsync(CancellationToken cancellationToken)
    {
        var next = await Database.SqlQueryRaw<long>($"SELECT nextval('\"{MrnSequence}\"') AS \"Value\"").SingleAsync(cancellationToken);
        return MedicalRecordNumber.FromSequence(next);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.HasPostgresExtension("btree_gist");
        modelBuilder.HasSequence<long>(MrnSequence);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PatientDbContext).Assembly);
        modelBuilder.MapProcessedEvents();
        modelBuilder.MapWolverineEnvelopeStorage(MessagingExtensions.WolverineSchema);
    }
}
