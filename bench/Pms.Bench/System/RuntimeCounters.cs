using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

namespace Pms.Bench.System;

/// <summary>
/// The event counters of one .NET process (what <c>dotnet-counters</c> shows), read over its
/// diagnostics port once a second: allocations (<c>System.Runtime/alloc-rate</c>), GC, thread pool,
/// and Npgsql's command counters.
/// </summary>
public sealed class RuntimeCounters : IAsyncDisposable
{
    public const string AllocatedBytes = "System.Runtime/alloc-rate";

    private static readonly string[] Providers = ["System.Runtime", "Npgsql", "Microsoft.AspNetCore.Hosting"];

    private readonly EventPipeSession _session;
    private readonly Task _processing;
    private readonly List<Sample> _samples = [];
    private readonly Lock _gate = new();

    private RuntimeCounters(EventPipeSession session)
    {
        _session = session;
        var source = new EventPipeEventSource(session.EventStream);
        source.Dynamic.All += OnEvent;
        _processing = Task.Run(source.Process);
    }

    public sealed record Sample(DateTime At, string Name, double Value, bool IsIncrement);

    public static RuntimeCounters Start(int pid) =>
        new(new DiagnosticsClient(pid).StartEventPipeSession(
            Providers.Select(provider => new EventPipeProvider(provider, EventLevel.Informational, 0xFFFFFFFF,
                new Dictionary<string, string> { ["EventCounterIntervalSec"] = "1" })),
            requestRundown: false));

    public IReadOnlyList<Sample> Samples()
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
            _samples.Add(new Sample(data.TimeStamp.ToUniversalTime(), $"{data.ProviderName}/{counter["Name"]}", value, isIncrement));
        }
    }
}
