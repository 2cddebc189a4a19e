using Pms.ServiceDefaults.Data;

namespace Pms.Patients.Infrastructure;

public sealed class PatientDbContextFactory : DesignTimeDbContextFactory<PatientDbContext>;
