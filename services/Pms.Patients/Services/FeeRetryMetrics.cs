using System.Diagnostics.Metrics;

namespace Pms.Patients.Services;

/// <summary>
/// Counts the fees the pending-fees job charged after their first charge failed: each one is a
/// registration or appointment whose bill came late, so the number should stay near zero.
/// </summary>
public sealed class FeeRetryMetrics
{
    public const string MeterName = "Pms.Patients";

    private readonly Counter<long> _chargedLate;

    public FeeRetryMetrics(IMeterFactory meters) =>
        _chargedLate = meters.Create(MeterName).CreateCounter<long>("pms.fees.charged_late", "{fee}", "Fees charged by the retry job after their first charge failed.");

    public void ChargedLate(string fee) => _chargedLate.Add(1, new KeyValuePair<string, object?>("fee", fee));
}
