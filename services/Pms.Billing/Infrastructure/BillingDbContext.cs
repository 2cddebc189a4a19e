using Microsoft.EntityFrameworkCore;
using Pms.Billing.Model;
using Pms.ServiceDefaults.Data;
using Pms.ServiceDefaults.Messaging;
using Wolverine.EntityFrameworkCore;

namespace Pms.Billing.Infrastructure;

public sealed class BillingDbContext(DbContextOptions<BillingDbContext> options) : DbContext(options)
{
    public DbSet<PriceItem> PriceItems => Set<PriceItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BillingDbContext).Assembly);
        modelBuilder.MapProcessedEvents();
        modelBuilder.MapWolverineEnvelopeStorage(MessagingExtensions.WolverineSchema);
    }
}
