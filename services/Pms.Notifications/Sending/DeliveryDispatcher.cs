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

        // Each outcome is saved as soon as it is known: a dispatcher that dies mid-batch leaves only the message it was
        // sending to be sent again when its lease runs out, not every message it had already sent.
        foreach (var delivery in claimed)
        {
            await SendAsync(scope.ServiceProvider, delivery, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return claimed.Count;
    }

    private async Task SendAsync(IServiceProvider services, Delivery delivery, CancellationToken cancellationToken)
    {
        delivery.Attempts++;
        try
        {
            delivery.ProviderMessageId = delivery.Channel == Channel.Email
                ? await services.GetRequiredService<IEmailSender>().SendAsync(delivery.Recipient, delivery.Subject ?? "", delivery.Body, delivery.HtmlBody, cancellationToken)
                : await services.GetRequiredService<ISmsSender>().SendAsync(SmsRecipient(delivery), delivery.Body, cancellationToken);
            delivery.Status = DeliveryStatus.Sent;
            delivery.SentAt = clock.GetUtcNow();
            delivery.LastError = null;
        }
        catch (UndeliverableException exception)
        {
            delivery.Status = DeliveryStatus.Failed;
            delivery.LastError = exception.Message;
            LogUndeliverable(logger, delivery.Id, delivery.Channel, exception.Message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var error = $"{exception.GetType().Name}: {exception.Message}";
            delivery.LastError = error.Length <= 2000 ? error : error[..2000];
            if (delivery.Attempts >= options.Value.MaxAttempts)
            {
                delivery.Status = DeliveryStatus.Failed;
            }
            else
            {
                delivery.NextAttemptAt = clock.GetUtcNow() + options.Value.RetryDelayAfter(delivery.Attempts);
            }

            LogSendFailed(logger, delivery.Id, delivery.Channel, delivery.Attempts, exception.GetType().Name);
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
}
