using Microsoft.Extensions.Options;
using Pms.Contracts;
using Pms.Notifications.Infrastructure;
using Pms.Notifications.Sending;
using Pms.Notifications.Services;
using Pms.ServiceDefaults.Authentication;
using Pms.ServiceDefaults.Data;
using Pms.ServiceDefaults.Messaging;

namespace Pms.Notifications.Extensions;

public static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationDbContext>(ResourceNames.NotificationDatabase);
        builder.AddMessaging<NotificationDbContext>(ResourceNames.Notifications, ResourceNames.NotificationDatabase);
        builder.AddDefaultAuthentication();

        builder.Services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<NotificationOptions>, NotificationOptionsValidator>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<TemplateRenderer>();
        builder.Services.AddScoped<DeliveryPlanner>();
        builder.Services.AddSingleton<IEmailSender, SmtpEmailSender>();
        if (builder.Configuration.GetSection(NotificationOptions.SectionName).Get<NotificationOptions>()?.UsesTwilio == true)
        {
            builder.Services.AddSingleton<SmsMetrics>();
            builder.Services.AddSingleton<ISmsSender, TwilioSmsSender>();
        }
        else
        {
            builder.Services.AddSingleton<ISmsSender, RecordingSmsSender>();
        }

        builder.Services.AddSingleton<PendingDeliverySignal>();
        builder.Services.AddHostedService<PendingDeliveryListener>();
        builder.Services.AddHostedService<DeliveryDispatcher>();
        builder.Services.AddHostedService<AppointmentReminderJob>();
        return builder;
    }
}
