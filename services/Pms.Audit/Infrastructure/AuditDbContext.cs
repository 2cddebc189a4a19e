using Microsoft.EntityFrameworkCore;
using Pms.Audit.Model;
using Pms.ServiceDefaults.Data;
using Pms.ServiceDefaults.Messaging;
using Wolverine.EntityFrameworkCore;

namespace Pms.Audit.Infrastructure;

public sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : DbContext(options)
{
    public DbSet<AuditRecord> Records => Set<AuditRecord>();

    public DbSet<AuditChainHead> ChainHeads => Set<AuditChainHead>();

    public DbSet<PatientAccount> PatientAccounts => Set<PatientAccount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AuditDbContext).Assembly);
        modelBuilder.MapProcessedEvents();
        modelBuilder.MapWolverineEnvelopeStorage(MessagingExtensions.WolverineSchema);
    }
}
