namespace Pms.Bench.System;

/// <summary>CPU time used so far by each part of the machine, and by the machine as a whole, at one moment.</summary>
public sealed record CpuReading(IReadOnlyDictionary<string, TimeSpan> Groups, TimeSpan MachineBusy, TimeSpan MachineTotal)
{
    /// <summary>CPU milliseconds per operation of each part, and the machine's busy share, since <paramref name="earlier"/>.</summary>
    public Dictionary<string, double> Since(CpuReading earlier, long operations)
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
        figures[$"cpu ms/op: {CpuMeter.OtherLoad}"] = operations == 0 ? 0 : Math.Max(0, (machineBusy - accounted).TotalMilliseconds) / operations;
        figures["machine busy %"] = machineTotal > TimeSpan.Zero ? 100 * machineBusy / machineTotal : 0;
        figures["other load % of machine"] = machineTotal > TimeSpan.Zero ? 100 * Math.Max(0, (machineBusy - accounted).Ticks) / (double)machineTotal.Ticks : 0;
        return figures;
    }
}
