using Microsoft.EntityFrameworkCore;
using Wolverine.EntityFrameworkCore;
using Wolverine.Runtime;

namespace Pms.ServiceDefaults.Messaging;

/// <summary>
/// The outbox endpoints and jobs publish through: every save sends on what it committed. Wolverine's own sends only the
/// first save's messages of a scope and leaves a later save's in the outbox table (logging a warning) until they are
/// released as stale a minute later; a request that saves twice (a completed consultation, then the visit closed once
/// billing answered) lost its second audit record for that minute.
/// </summary>
public sealed class OutboxSendingEverySave<TDbContext> : DbContextOutbox<TDbContext> where TDbContext : DbContext
{
    public OutboxSendingEverySave(IWolverineRuntime runtime, TDbContext dbContext, IEnumerable<IDomainEventScraper> scrapers)
        : base(runtime, dbContext, scrapers) =>
        MultiFlushMode = MultiFlushMode.AllowMultiples;

    /// <summary>
    /// Forgets what was published since the last save, for a change whose save failed and that is tried again: the
    /// failed save's rows rolled back, but its messages stay queued in memory and the next save would send them too.
    /// </summary>
    public async Task DiscardUnsavedAsync()
    {
        var transaction = Transaction;
        await ClearAllAsync();
        Transaction = transaction;
    }
}
