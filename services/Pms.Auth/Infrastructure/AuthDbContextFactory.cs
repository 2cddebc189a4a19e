using Pms.ServiceDefaults.Data;

namespace Pms.Auth.Infrastructure;

public sealed class AuthDbContextFactory : DesignTimeDbContextFactory<AuthDbContext>;
