using Microsoft.EntityFrameworkCore;
using Wolverine.EntityFrameworkCore;
using Wolverine.Runtime;

namespace Pms.ServiceDefaults.Messaging;

/// <summary>
/// The outbox endpoints and jobs publish through: every save sends on what it committed. Wolverine's own sends only the
/// first save's messages of a scope and leaves a later save's in the outbox table (logging a warning) until they are
/// released as stale, and a request may save more than once.
/// </summary>
public sealed class OutboxSendingEverySave<TDbContext> : DbContextOutbox<TDbContext> where TDbContext : DbContext
{
    public OutboxSendingEverySave(IWolverineRuntime runtime, TDbContext dbContext, IEnumerable<IDomainEventScraper> scrapers)
        : base(runtime, dbContext, scrapers) =>
        MultiFlushMode = MultiFlushMode.AllowMultiples;

    /// <summary>
    /// Forgets a save that failed, for a change that is tried again: the messages it published, which stay queued in
    /// memory and would leave with the next save, and everything the context tracks, its outbox rows included. An open
    /// database transaction is rolled back.
    /// </summary>
    public async Task DiscardUnsavedAsync()
    {
        var transaction = Transaction;
        await ClearAllAsync();
        Transaction = transaction;
        DbContext.ChangeTracker.Clear();
    }
}
