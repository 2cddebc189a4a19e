using Microsoft.AspNetCore.Http;
using Npgsql;
using Pms.ServiceDefaults.Errors;

namespace Pms.ServiceDefaults.Data;

/// <summary>
/// Whether a failure came from the database rather than from the message, the request or its handler, such that a new
/// attempt a little later may succeed: what Npgsql marks transient (the server unreachable, a dropped connection, not
/// yet accepting connections during crash recovery, out of connections or resources, a deadlock or serialization
/// failure) and a session ended by the server's shutdown or crash (57P01, 57P02). EF Core and Wolverine wrap these in
/// exceptions of their own.
/// </summary>
public static class TransientDatabaseFailure
{
    /// <summary>A request that met its database out of reach is told to come back shortly, not that the server broke.</summary>
    public static KnownFailure ForRequests { get; } = new(IsCause, StatusCodes.Status503ServiceUnavailable,
        "The service's database is briefly unavailable; try again in a few seconds.", RetryAfter: TimeSpan.FromSeconds(5));

    public static bool IsCause(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is NpgsqlException { IsTransient: true } or PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown })
            {
                return true;
            }
        }

        return false;
    }
}
