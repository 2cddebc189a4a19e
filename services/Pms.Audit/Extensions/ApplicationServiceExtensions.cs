using Pms.Audit.Infrastructure;
using Pms.Audit.Services;
using Pms.Contracts;
using Pms.Contracts.Audit;
using Pms.ServiceDefaults.Authentication;
using Pms.ServiceDefaults.Data;
using Pms.ServiceDefaults.Messaging;

namespace Pms.Audit.Extensions;

public static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AuditDbContext>(ResourceNames.AuditDatabase);
        builder.AddMessaging<AuditDbContext>(ResourceNames.Audit, ResourceNames.AuditDatabase, messaging =>
        {
            // One transaction and one chain lock per batch rather than per record: a busy hospital audits every read.
            messaging.BatchMessagesOf<AuditRecorded>(batching =>
            {
                batching.BatchSize = 500;
                batching.TriggerTime = TimeSpan.FromMilliseconds(50);
            });
        });
        builder.AddDefaultAuthentication();

        builder.Services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<AuditVerification>();
        builder.Services.AddHostedService<AuditRetentionJob>();
        return builder;
    }
}
