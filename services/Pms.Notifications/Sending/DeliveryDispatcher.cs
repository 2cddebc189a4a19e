using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pms.Notifications.Infrastructure;
using Pms.Notifications.Model;
using Pms.Notifications.Services;
using Pms.ServiceDefaults.Phones;

namespace Pms.Notifications.Sending;

/// <summary>
/// Sends pending messages and retries failures with doubling waits; a message is Failed only when
/// its attempts are spent. Rows are claimed with SKIP LOCKED, so several instances share the work. It looks when
/// <see cref="PendingDeliveryListener"/> says messages were committed, and at every tick for retries falling due.
/// </summary>
public sealed partial class DeliveryDispatcher(
    IServiceScopeFactory scopes,
    PendingDeliverySignal pending,
    IOptions<NotificationOptions> options,
    IOptions<PhoneOptions> phones,
    TimeProvider clock,
    ILogger<DeliveryDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 20;

    /// <summary>Messages of a batch in flight at once; the SMTP sender keeps as many sessions.</summary>
    public const int ConcurrentSends = 8;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await pending.WaitAsync(options.Value.DispatchInterval, stoppingToken);
            try
            {
                while (await DispatchBatchAsync(stoppingToken) == BatchSize)
                {
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogDispatchFailed(logger, exception);
            }
        }
    }

    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        var now = clock.GetUtcNow();
        var claimed = await db.Deliveries
            .FromSql($"""
                UPDATE "Deliveries" SET "NextAttemptAt" = {now + options.Value.DeliveryLease}
                WHERE "Id" IN (SELECT "Id" FROM "Deliveries" WHERE "Status" = 'Pending' AND "NextAttemptAt" <= {now}
                               ORDER BY "NextAttemptAt" LIMIT {BatchSize} FOR UPDATE SKIP LOCKED)
                RETURNING *
                """)
            .AsTracking()
            .ToListAsync(cancellationToken);

        // Messages go out side by side (SMTP sessions and HTTP calls spend most of their time waiting), and each outcome is
        // saved as soon as it is known, one at a time on this scope's context: a dispatcher that dies mid-batch leaves only
        // the messages it was sending to be sent again when their lease runs out, not every message it had already sent.
        using var lanes = new SemaphoreSlim(ConcurrentSends);
        var sends = claimed.Select(delivery => SendInLaneAsync(scope.ServiceProvider, lanes, delivery, cancellationToken)).ToList();
        try
        {
            await foreach (var sent in Task.WhenEach(sends))
            {
                var (delivery, outcome) = await sent;
                Record(delivery, outcome);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        finally
        {
            // A save that failed leaves the batch here; the sends still in flight finish before their lanes go away.
            await ((Task)Task.WhenAll(sends)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return claimed.Count;
    }

    private async Task<(Delivery Delivery, SendOutcome Outcome)> SendInLaneAsync(
        IServiceProvider services, SemaphoreSlim lanes, Delivery delivery, CancellationToken cancellationToken)
    {
        await lanes.WaitAsync(cancellationToken);
        try
        {
            return (delivery, await SendAsync(services, delivery, cancellationToken));
        }
        finally
        {
            lanes.Release();
        }
    }

    /// <summary>Sends without touching the tracked row: only <see cref="Record"/> changes it, on the dispatcher's own turn.</summary>
    private async Task<SendOutcome> SendAsync(IServiceProvider services, Delivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            return new SendOutcome.Sent(delivery.Channel == Channel.Email
                ? await services.GetRequiredService<IEmailSender>().SendAsync(delivery.Recipient, delivery.Subject ?? "", delivery.Body, delivery.HtmlBody, cancellationToken)
                : await services.GetRequiredService<ISmsSender>().SendAsync(SmsRecipient(delivery), delivery.Body, cancellationToken));
        }
        catch (UndeliverableException exception)
        {
            return new SendOutcome.Undeliverable(exception.Message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new SendOutcome.Failed(exception);
        }
    }

    private void Record(Delivery delivery, SendOutcome outcome)
    {
        delivery.Attempts++;
        switch (outcome)
        {
            case SendOutcome.Sent sent:
                delivery.ProviderMessageId = sent.ProviderMessageId;
                delivery.Status = DeliveryStatus.Sent;
                delivery.SentAt = clock.GetUtcNow();
                delivery.LastError = null;
                break;
            case SendOutcome.Undeliverable undeliverable:
                delivery.Status = DeliveryStatus.Failed;
                delivery.LastError = undeliverable.Reason;
                LogUndeliverable(logger, delivery.Id, delivery.Channel, undeliverable.Reason);
                break;
            case SendOutcome.Failed failed:
                var error = $"{failed.Exception.GetType().Name}: {failed.Exception.Message}";
                delivery.LastError = error.Length <= 2000 ? error : error[..2000];
                if (delivery.Attempts >= options.Value.MaxAttempts)
                {
                    delivery.Status = DeliveryStatus.Failed;
                }
                else
                {
                    delivery.NextAttemptAt = clock.GetUtcNow() + options.Value.RetryDelayAfter(delivery.Attempts);
                }

                LogSendFailed(logger, delivery.Id, delivery.Channel, delivery.Attempts, failed.Exception.GetType().Name);
                break;
        }
    }

    /// <summary>SMS providers take E.164: the planner stores numbers so when it can, and whatever a row holds is read again here.</summary>
    private string SmsRecipient(Delivery delivery) =>
        E164.From(delivery.Recipient, phones.Value.DefaultRegion)
        ?? throw new UndeliverableException($"The recipient is not a phone number, even read as a number of {phones.Value.DefaultRegion}.");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryId} over {Channel} cannot be delivered and failed: {Reason}")]
    private static partial void LogUndeliverable(ILogger logger, Guid deliveryId, Channel channel, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery {DeliveryId} over {Channel} failed on attempt {Attempt}: {Failure}")]
    private static partial void LogSendFailed(ILogger logger, Guid deliveryId, Channel channel, int attempt, string failure);

    [LoggerMessage(Level = LogLevel.Error, Message = "Dispatching deliveries failed; trying again at the next tick")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);

    private abstract record SendOutcome
    {
        public sealed record Sent(string ProviderMessageId) : SendOutcome;

        public sealed record Undeliverable(string Reason) : SendOutcome;

        public sealed record Failed(Exception Exception) : SendOutcome;
    }
}
