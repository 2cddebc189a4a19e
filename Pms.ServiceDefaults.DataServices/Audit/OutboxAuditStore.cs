using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pms.Contracts.Audit;
using Pms.ServiceDefaults.Messaging;
using Wolverine.EntityFrameworkCore;

namespace Pms.ServiceDefaults.Audit;

/// <summary>
/// Commits audit records to the outbox of <typeparamref name="TDbContext"/>'s database. It uses a context of its own, so
/// that nothing a handler left unsaved in the request's context is saved with them.
/// </summary>
public sealed class OutboxAuditStore<TDbContext>(IServiceScopeFactory scopes) : IAuditStore where TDbContext : DbContext
{
    public async Task StoreAsync(IReadOnlyList<AuditRecorded> records, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<TDbContext>>();
        foreach (var record in records)
        {
            await outbox.PublishEventAsync(record);
        }

        // Not the request's token: once the access happened, its record is kept even if the caller has gone.
        await outbox.SaveChangesAndFlushMessagesAsync(CancellationToken.None);
    }
}
