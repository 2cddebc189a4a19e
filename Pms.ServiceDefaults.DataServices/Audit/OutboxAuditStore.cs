using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pms.Contracts.Audit;
using Pms.ServiceDefaults.Messaging;
using Wolverine.EntityFrameworkCore;

namespace Pms.ServiceDefaults.Audit;

/// <summary>
/// Commits audit records to the outbox of <typeparamref name="TDbContext"/>'s database, the records of every request
/// waiting at that moment in one transaction (a busy service audits every read, and one commit per read would cost
/// more than the read). Each answer waits for the commit of its own records (they are durable from then on), not for
/// the broker: the outbox sends them on afterwards, and sends again whatever a crash left unsent. A context of its own
/// keeps anything a handler left unsaved in the request's context out of the commit.
/// </summary>
public sealed partial class OutboxAuditStore<TDbContext>(IServiceScopeFactory scopes, ILogger<OutboxAuditStore<TDbContext>> logger)
    : BackgroundService, IAuditStore where TDbContext : DbContext
{
    private const int MostRequestsPerCommit = 256;

    private readonly Channel<PendingRecords> _waiting = Channel.CreateUnbounded<PendingRecords>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<Task, bool> _sending = new();

    public Task StoreAsync(IReadOnlyList<AuditRecorded> records, CancellationToken cancellationToken)
    {
        // Not the request's token: once the access happened, its record is kept even if the caller has gone.
        var pending = new PendingRecords(records);
        return _waiting.Writer.TryWrite(pending)
            ? pending.Committed.Task
            : throw new InvalidOperationException("The audit store has stopped; the access cannot be recorded.");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PendingRecords>(MostRequestsPerCommit);
        while (await _waiting.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MostRequestsPerCommit && _waiting.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            await CommitAsync(batch);
            batch.Clear();
        }
    }

    /// <summary>Lets the requests still being answered record their accesses, then waits until the broker has what was committed.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _waiting.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
        await Task.WhenAll(_sending.Keys).WaitAsync(cancellationToken);
    }

    private async Task CommitAsync(List<PendingRecords> batch)
    {
        var scope = scopes.CreateAsyncScope();
        try
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<TDbContext>>();
            foreach (var record in batch.SelectMany(pending => pending.Records))
            {
                await outbox.PublishEventAsync(record);
            }

            await outbox.DbContext.SaveChangesAsync(CancellationToken.None);
            var sending = SendAsync(scope, outbox);
            _sending.TryAdd(sending, true);
            _ = sending.ContinueWith(sent => _sending.TryRemove(sent, out _), TaskScheduler.Default);
        }
        catch (Exception exception)
        {
            await scope.DisposeAsync();
            LogCommitFailed(exception, batch.Count);
            batch.ForEach(pending => pending.Committed.TrySetException(exception));
            return;
        }

        batch.ForEach(pending => pending.Committed.TrySetResult());
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

    [LoggerMessage(LogLevel.Warning, "The audit records of {Requests} requests could not be committed; those requests fail rather than go unaudited.")]
    private partial void LogCommitFailed(Exception exception, int requests);

    [LoggerMessage(LogLevel.Warning, "Audit records committed to the outbox could not be handed to the broker now; the outbox sends them on recovery.")]
    private partial void LogSendFailed(Exception exception);

    private sealed record PendingRecords(IReadOnlyList<AuditRecorded> Records)
    {
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
