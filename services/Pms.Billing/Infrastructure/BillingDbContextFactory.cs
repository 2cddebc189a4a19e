using Pms.ServiceDefaults.Data;

namespace Pms.Billing.Infrastructure;

public sealed class BillingDbContextFactory : DesignTimeDbContextFactory<BillingDbContext>;
