using Pms.Notifications.Infrastructure;
using Pms.Testing;

namespace Pms.Notifications.Tests.Infrastructure;

public sealed class PostgresServer : ThrowawayPostgres<NotificationDbContext>;
