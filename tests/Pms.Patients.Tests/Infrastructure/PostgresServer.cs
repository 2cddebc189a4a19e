using Pms.Patients.Infrastructure;
using Pms.Testing;

namespace Pms.Patients.Tests.Infrastructure;

public sealed class PostgresServer : ThrowawayPostgres<PatientDbContext>;
