using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Pms.Notifications.Tests;

/// <summary>Fails as a database in crash recovery answers (57P03) until a message's attempts run past its failures.</summary>
public static class DatabaseRecoveryHandler
{
    public static ConcurrentDictionary<Guid, int> Attempts { get; } = [];

    public static ConcurrentBag<Guid> Handled { get; } = [];

    public static void Handle(WorkDuringDatabaseRecovery work)
    {
        if (Attempts.AddOrUpdate(work.Id, 1, (_, attempts) => attempts + 1) <= work.FailedAttempts)
        {
            throw new DbUpdateException("Saving failed.",
                new PostgresException("the database system is not yet accepting connections", "FATAL", "FATAL", PostgresErrorCodes.CannotConnectNow));
        }

        Handled.Add(work.Id);
    }
}
