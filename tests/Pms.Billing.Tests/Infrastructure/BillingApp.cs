using Pms.Billing.Infrastructure;
using Pms.Contracts;
using Pms.Testing;

namespace Pms.Billing.Tests.Infrastructure;

public sealed class BillingApp() : ServiceApp<Program, BillingDbContext>(new PostgresServer(), ResourceNames.BillingDatabase);
