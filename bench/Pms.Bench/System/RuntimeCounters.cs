using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

namespace Pms.Bench.System;

/// <summary>
/// The runtime's event counters of one .NET process (what <c>dotnet-counters</c> shows), read over
/// its diagnostics port once a second: allocations (<c>System.Runtime/alloc-rate</c>), GC, thread pool.
/// </summary>
public sealed class RuntimeCounters : IAsyncDisposable
{
    public const string AllocatedBytes = "System.Runtime/alloc-rate";

    private const string Provider = "System.Runtime";
    private static readonly TimeSpan LateReadingLimit = TimeSpan.FromSeconds(5);

    private readonly EventPipeSession _session;
    private readonly Task _processing;
    private readonly List<CounterSample> _samples = [];
    private readonly Lock _gate = new();

    private RuntimeCounters(EventPipeSession session)
    {
        _session = session;
        var source = new EventPipeEventSource(session.EventStream);
        source.Dynamic.All += OnEvent;
        _processing = Task.Run(source.Process);
    }

    public static RuntimeCounters Start(int pid) =>
        new(new DiagnosticsClient(pid).StartEventPipeSession(
            new EventPipeProvider(Provider, EventLevel.Informational, 0xFFFFFFFF, new Dictionary<string, string> { ["EventCounterIntervalSec"] = "1" }),
            requestRundown: false));

    public IReadOnlyList<CounterSample> Samples()
    {
        lock (_gate)
        {
            return [.. _samples];
        }
    }

    /// <summary>
    /// Bytes allocated from <paramref name="loadStarted"/> to <paramref name="loadEnded"/>, less what
    /// the process allocates when idle: the mean of the readings up to <paramref name="idleUntil"/>
    /// (the first, which may cover less than a second, left out). Readings reach the bench a second
    /// or two after they are taken, so this first waits for the one that covers <paramref name="loadEnded"/>.
    /// </summary>
    public async Task<double> AllocatedDuringAsync(DateTime idleUntil, DateTime loadStarted, DateTime loadEnded, CancellationToken cancellationToken)
    {
        var waited = global::System.Diagnostics.Stopwatch.StartNew();
        while (!Allocations().Any(sample => sample.At >= loadEnded) && waited.Elapsed < LateReadingLimit)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }

        var allocations = Allocations();
        var idle = allocations.Where(sample => sample.At <= idleUntil).Skip(1).ToList();
        var idlePerSecond = idle.Count == 0 ? 0 : idle.Average(sample => sample.Value);
        var covering = allocations.FirstOrDefault(sample => sample.At >= loadEnded)?.At ?? loadEnded;
        var during = allocations.Where(sample => sample.At > loadStarted && sample.At <= covering).ToList();
        return Math.Max(0, during.Sum(sample => sample.Value) - idlePerSecond * during.Count);
    }

    public async ValueTask DisposeAsync()
    {
        await _session.StopAsync(CancellationToken.None);
        await _processing;
        _session.Dispose();
    }

    private List<CounterSample> Allocations() => [.. Samples().Where(sample => sample.Name == AllocatedBytes).OrderBy(sample => sample.At)];

    private void OnEvent(TraceEvent data)
    {
        if (data.EventName != "EventCounters" || data.PayloadValue(0) is not IDictionary<string, object> { } envelope
            || envelope["Payload"] is not IDictionary<string, object> { } counter)
        {
            return;
        }

        var isIncrement = counter.TryGetValue("Increment", out var increment);
        var value = Convert.ToDouble(isIncrement ? increment : counter["Mean"], global::System.Globalization.CultureInfo.InvariantCulture);
        lock (_gate)
        {
            _samples.Add(new CounterSample(data.TimeStamp.ToUniversalTime(), $"{data.ProviderName}/{counter["Name"]}", value));
        }
    }
}
