using Microsoft.EntityFrameworkCore;
using Pms.Notifications.Model;
using Pms.ServiceDefaults.Data;
using Pms.ServiceDefaults.Merges;
using Pms.ServiceDefaults.Messaging;
using Wolverine.EntityFrameworkCore;

namespace Pms.Notifications.Infrastructure;

public sealed class NotificationDbContext(DbContextOptions<NotificationDbContext> options) : DbContext(options)
{
    public DbSet<Delivery> Deliveries => Set<Delivery>();

    public DbSet<PatientContact> Contacts => Set<PatientContact>();

    public DbSet<NotificationPreference> Preferences => Set<NotificationPreference>();

    public DbSet<UpcomingAppointment> Appointments => Set<UpcomingAppointment>();

    public DbSet<PatientMerge> PatientMerges => Set<PatientMerge>();

    public DbSet<MergedItem> MergedDeliveries => Set<MergedItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationDbContext).Assembly);
        modelBuilder.MapProcessedEvents();
        modelBuilder.MapPatientMerges<Delivery>("MergedDeliveries", "DeliveryId");
        modelBuilder.MapWolverineEnvelopeStorage(MessagingExtensions.WolverineSchema);
    }
}
