using Npgsql;

namespace Pms.ServiceDefaults.Messaging;

/// <summary>
/// Whether a failure came from the database being out of reach for a while (a restart, crash recovery, a dropped
/// connection) rather than from the message or its handler: Npgsql marks those transient, and EF Core and Wolverine wrap
/// them in exceptions of their own.
/// </summary>
public static class TransientDatabaseFailure
{
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
