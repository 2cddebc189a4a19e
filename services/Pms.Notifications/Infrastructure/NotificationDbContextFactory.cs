using Pms.ServiceDefaults.Data;

namespace Pms.Notifications.Infrastructure;

public sealed class NotificationDbContextFactory : DesignTimeDbContextFactory<NotificationDbContext>;
