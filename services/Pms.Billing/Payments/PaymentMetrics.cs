using System.Diagnostics.Metrics;

namespace Pms.Billing.Payments;

/// <summary>What online payments did besides the happy path; each count should stay near zero.</summary>
public sealed class PaymentMetrics
{
    public const string MeterName = "Pms.Billing";

    private readonly Counter<long> _webhooksRejected;
    private readonly Counter<long> _recordedByReconciliation;
    private readonly Counter<long> _excessRefunded;
    private readonly Counter<long> _providerFailures;

    public PaymentMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _webhooksRejected = meter.CreateCounter<long>("pms.payments.webhooks_rejected", "{webhook}", "Webhooks refused for a bad signature, an old timestamp or an unreadable payload.");
        _recordedByReconciliation = meter.CreateCounter<long>("pms.payments.recorded_by_reconciliation", "{payment}", "Payments found by asking the provider because their webhook never arrived.");
        _excessRefunded = meter.CreateCounter<long>("pms.payments.excess_refunded", "{payment}", "Online payments that took more than the balance and were refunded the excess.");
        _providerFailures = meter.CreateCounter<long>("pms.payments.provider_failures", "{call}", "Calls to the payment provider that failed.");
    }

    public void WebhookRejected() => _webhooksRejected.Add(1);

    public void RecordedByReconciliation() => _recordedByReconciliation.Add(1);

    public void ExcessRefunded() => _excessRefunded.Add(1);

    public void ProviderFailed(string operation) => _providerFailures.Add(1, new KeyValuePair<string, object?>("operation", operation));
}
