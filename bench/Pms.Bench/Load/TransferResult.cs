namespace Pms.Bench.Load;

/// <summary>
/// A batch of transfers of one size run one at a time: their latency, the rate at which their bytes
/// moved, failures by kind, CPU per transfer by process and one process's memory beside them.
/// </summary>
public sealed record TransferResult(
    string Label,
    int Attempted,
    LatencySummary Latency,
    IReadOnlyDictionary<string, long> Failures,
    double MegabytesPerSecond,
    IReadOnlyDictionary<string, double> CpuMillisecondsPerTransfer,
    double AllocatedMegabytesPerTransfer,
    double PeakWorkingSetMegabytes)
{
    public long FailureCount => Failures.Values.Sum();
}
