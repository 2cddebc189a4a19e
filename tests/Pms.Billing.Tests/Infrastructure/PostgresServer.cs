using Pms.Billing.Infrastructure;
using Pms.Testing;

namespace Pms.Billing.Tests.Infrastructure;

public sealed class PostgresServer : ThrowawayPostgres<BillingDbContext>;
