using Pms.ServiceDefaults.Data;

namespace Pms.Audit.Infrastructure;

public sealed class AuditDbContextFactory : DesignTimeDbContextFactory<AuditDbContext>;
