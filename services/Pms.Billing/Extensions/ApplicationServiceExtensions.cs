using Pms.Billing.Infrastructure;
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
        builder.AddMessaging<BillingDbContext>(ResourceNames.Billing, ResourceNames.BillingDatabase, _ => { });
        builder.AddDefaultAuthentication();

        return builder;
    }
}
