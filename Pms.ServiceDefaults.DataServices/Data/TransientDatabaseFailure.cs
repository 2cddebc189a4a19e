using Microsoft.AspNetCore.Http;
using Npgsql;
using Pms.ServiceDefaults.Errors;

namespace Pms.ServiceDefaults.Data;

/// <summary>
/// Whether a failure came from the database being out of reach for a while (a restart, crash recovery, a dropped
/// connection) rather than from the message or its handler: Npgsql marks those transient, and EF Core and Wolverine wrap
/// them in exceptions of their own.
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
            if (current is NpgsqlException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }
}
