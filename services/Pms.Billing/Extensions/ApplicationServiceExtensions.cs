using Pms.Billing.Infrastructure;
using Pms.Billing.Services;
using Pms.Contracts.Events;
using Pms.Contracts;
using Pms.ServiceDefaults.Authentication;
using Pms.ServiceDefaults.Data;
using Pms.ServiceDefaults.Messaging;

namespace Pms.Billing.Extensions;

public static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<BillingDbContext>(ResourceNames.BillingDatabase);
        builder.AddMessaging<BillingDbContext>(ResourceNames.Billing, ResourceNames.BillingDatabase, messaging =>
            messaging.PublishToPmsTopic<BillIssued>(Topics.Billing));
        builder.AddDefaultAuthentication();

        builder.Services.AddOptions<BillingOptions>().BindConfiguration(BillingOptions.SectionName);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<RegistrationFees>();

        return builder;
    }
}
