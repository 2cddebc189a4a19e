using Microsoft.EntityFrameworkCore;
using Pms.Billing.Model;
using Pms.ServiceDefaults.Data;
using Pms.ServiceDefaults.Merges;
using Pms.ServiceDefaults.Messaging;
using Wolverine.EntityFrameworkCore;

namespace Pms.Billing.Infrastructure;

public sealed class BillingDbContext(DbContextOptions<BillingDbContext> options) : DbContext(options)
{
    public const string BillNumberSequence = "BillNumbers";

    public DbSet<PriceItem> PriceItems => Set<PriceItem>();

    public DbSet<Bill> Bills => Set<Bill>();

    public DbSet<PatientSummary> Patients => Set<PatientSummary>();

    public DbSet<Checkout> Checkouts => Set<Checkout>();

    public DbSet<Payer> Payers => Set<Payer>();

    public DbSet<Coverage> Coverages => Set<Coverage>();

    public DbSet<CoverageRule> CoverageRules => Set<CoverageRule>();

    public DbSet<Claim> Claims => Set<Claim>();

    public DbSet<PatientMerge> PatientMerges => Set<PatientMerge>();

    public DbSet<MergedItem> MergedItems => Set<MergedItem>();

    public async Task<long> NextBillSequenceAsync(CancellationToken cancellationToken) =>
        await Database.SqlQueryRaw<long>($"SELECT nextval('\"{BillNumberSequence}\"') AS \"Value\"").SingleAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasSequence<long>(BillNumberSequence);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BillingDbContext).Assembly);
        modelBuilder.MapProcessedEvents();
        modelBuilder.MapPatientMerges("MergedItems", "ItemId");
        modelBuilder.MapWolverineEnvelopeStorage(MessagingExtensions.WolverineSchema);
    }
}
