namespace Pms.Bench.System;

/// <summary>
/// CPU time used by each part of the machine between two readings, to say where the cores went
/// per operation; what the machine used beyond PMS and the bench is other load.
/// </summary>
public sealed class CpuMeter(PmsProcesses processes)
{
    public const string OtherLoad = "other processes";

    public CpuReading Read()
    {
        var groups = processes.Groups().ToDictionary(group => group.Key, group => group.Value.Aggregate(TimeSpan.Zero, (sum, pid) => sum + ProcessTable.CpuTime(pid)), StringComparer.Ordinal);
        var (busy, total) = ProcessTable.MachineCpu();
        return new CpuReading(groups, busy, total);
    }
}
