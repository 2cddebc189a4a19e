using Microsoft.Extensions.Options;

namespace Pms.Billing.Payments;

/// <summary>Runs <see cref="OnlinePayments.ReconcileAsync"/> on a timer; a failed round is logged and the next one tries again.</summary>
public sealed class PaymentReconciliation(IServiceScopeFactory scopes, IOptions<PaymentOptions> options, TimeProvider clock, ILogger<PaymentReconciliation> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReconcileEvery, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OnlinePayments>().ReconcileAsync(stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(failure, "A payment reconciliation round failed.");
            }
        }
    }
}
