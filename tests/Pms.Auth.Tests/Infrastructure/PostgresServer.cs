using Pms.Auth.Infrastructure;
using Pms.Testing;

namespace Pms.Auth.Tests.Infrastructure;

public sealed class PostgresServer : ThrowawayPostgres<AuthDbContext>;
