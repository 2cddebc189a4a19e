using Microsoft.Extensions.Options;
using Pms.ServiceDefaults.Hosting;

namespace Pms.Billing.Payments;

/// <summary>Runs <see cref="OnlinePayments.ReconcileAsync"/> on a timer.</summary>
public sealed class PaymentReconciliation(IServiceScopeFactory scopes, IOptions<PaymentOptions> options, TimeProvider clock, ILogger<PaymentReconciliation> logger)
    : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => options.Value.ReconcileEvery;

    protected override string Work => "payment reconciliation";

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OnlinePayments>().ReconcileAsync(cancellationToken);
    }
}
