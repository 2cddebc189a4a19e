using Pms.Notifications.Infrastructure;
using Pms.Contracts;
using Pms.ServiceDefaults.Authentication;
using Pms.ServiceDefaults.Data;
using Pms.ServiceDefaults.Messaging;

namespace Pms.Notifications.Extensions;

public static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationDbContext>(ResourceNames.NotificationDatabase);
        builder.AddMessaging<NotificationDbContext>(ResourceNames.Notifications, ResourceNames.NotificationDatabase, _ => { });
        builder.AddDefaultAuthentication();

        return builder;
    }
}
