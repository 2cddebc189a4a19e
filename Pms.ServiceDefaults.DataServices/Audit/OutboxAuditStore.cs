using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pms.Contracts.Audit;
using Pms.ServiceDefaults.Messaging;
using Wolverine.EntityFrameworkCore;

namespace Pms.ServiceDefaults.Audit;

/// <summary>
/// Commits audit records to the outbox of <typeparamref name="TDbContext"/>'s database. It uses a context of its own, so
/// that nothing a handler left unsaved in the request's context is saved with them. The answer waits for the commit
/// (the records are durable from then on), not for the broker: the outbox sends them on afterwards, and sends again
/// whatever a crash left unsent.
/// </summary>
public sealed partial class OutboxAuditStore<TDbContext>(IServiceScopeFactory scopes, ILogger<OutboxAuditStore<TDbContext>> logger)
    : IAuditStore where TDbContext : DbContext
{
    public async Task StoreAsync(IReadOnlyList<AuditRecorded> records, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        try
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<TDbContext>>();
            foreach (var record in records)
            {
                await outbox.PublishEventAsync(record);
            }

            // Not the request's token: once the access happened, its record is kept even if the caller has gone.
            await outbox.DbContext.SaveChangesAsync(CancellationToken.None);
            _ = SendAsync(scope, outbox);
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    private async Task SendAsync(AsyncServiceScope scope, IDbContextOutbox<TDbContext> outbox)
    {
        await using (scope)
        {
            try
            {
                await outbox.FlushOutgoingMessagesAsync();
            }
            catch (Exception exception)
            {
                LogSendFailed(exception);
            }
        }
    }

    [LoggerMessage(LogLevel.Warning, "Audit records committed to the outbox could not be handed to the broker now; the outbox sends them on recovery.")]
    private partial void LogSendFailed(Exception exception);
}
