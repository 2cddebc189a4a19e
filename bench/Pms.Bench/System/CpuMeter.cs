namespace Pms.Bench.System;

/// <summary>
/// CPU time used by each part of the machine between two readings, to say where the cores went
/// per operation; what the machine used beyond PMS and the bench is other load.
/// </summary>
public sealed class CpuMeter(PmsProcesses processes)
{
    public const string OtherLoad = "other processes";

    public Reading Read()
    {
        var groups = processes.Groups().ToDictionary(group => group.Key, group => group.Value.Aggregate(TimeSpan.Zero, (sum, pid) => sum + ProcessTable.CpuTime(pid)), StringComparer.Ordinal);
        var (busy, total) = ProcessTable.MachineCpu();
        return new Reading(groups, busy, total, DateTimeOffset.UtcNow);
    }

    public sealed record Reading(IReadOnlyDictionary<string, TimeSpan> Groups, TimeSpan MachineBusy, TimeSpan MachineTotal, DateTimeOffset At)
    {
        /// <summary>CPU milliseconds per operation of each part, and the machine's busy share, since <paramref name="earlier"/>.</summary>
        public Dictionary<string, double> Since(Reading earlier, long operations)
        {
            var figures = new Dictionary<string, double>(StringComparer.Ordinal);
            var accounted = TimeSpan.Zero;
            foreach (var (group, cpu) in Groups)
            {
                var used = cpu - earlier.Groups.GetValueOrDefault(group);
                if (used < TimeSpan.Zero)
                {
                    continue;
                }

                accounted += used;
                figures[$"cpu ms/op: {group}"] = operations == 0 ? 0 : used.TotalMilliseconds / operations;
            }

            var machineBusy = MachineBusy - earlier.MachineBusy;
            var machineTotal = MachineTotal - earlier.MachineTotal;
            figures[$"cpu ms/op: {OtherLoad}"] = operations == 0 ? 0 : Math.Max(0, (machineBusy - accounted).TotalMilliseconds) / operations;
            figures["machine busy %"] = machineTotal > TimeSpan.Zero ? 100 * machineBusy / machineTotal : 0;
            figures["other load % of machine"] = machineTotal > TimeSpan.Zero ? 100 * Math.Max(0, (machineBusy - accounted).Ticks) / (double)machineTotal.Ticks : 0;
            return figures;
        }
    }
}
