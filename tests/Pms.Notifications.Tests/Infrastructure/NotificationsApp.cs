using Microsoft.AspNetCore.Hosting;
using Pms.Contracts;
using Pms.Notifications.Infrastructure;
using Pms.Testing;

namespace Pms.Notifications.Tests.Infrastructure;

/// <summary>notification-service in memory, on a database of its own; nothing is ever sent to its mail server.</summary>
public sealed class NotificationsApp() : ServiceApp<Program, NotificationDbContext>(new PostgresServer(), ResourceNames.NotificationDatabase)
{
    protected override void Configure(IWebHostBuilder builder) =>
        builder.UseSetting($"ConnectionStrings:{ResourceNames.Mail}", "smtp://127.0.0.1:9");
}
