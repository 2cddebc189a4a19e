using Microsoft.EntityFrameworkCore;
using Pms.Notifications.Model;
using Pms.ServiceDefaults.Data;
using Pms.ServiceDefaults.Messaging;
using Wolverine.EntityFrameworkCore;

namespace Pms.Notifications.Infrastructure;

public sealed class NotificationDbContext(DbContextOptions<NotificationDbContext> options) : DbContext(options)
{
    public DbSet<Delivery> Deliveries => Set<Delivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationDbContext).Assembly);
        modelBuilder.MapProcessedEvents();
        modelBuilder.MapWolverineEnvelopeStorage(MessagingExtensions.WolverineSchema);
    }
}
