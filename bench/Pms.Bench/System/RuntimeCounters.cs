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

    public async ValueTask DisposeAsync()
    {
        await _session.StopAsync(CancellationToken.None);
        await _processing;
        _session.Dispose();
    }

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
