using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Pms.Bench.System;

namespace Pms.Bench.Faults;

/// <summary>
/// The levers of the fault suite: the embedded broker's and the mail sink's fault APIs, and the processes of the
/// run, killed with a signal and started again by the AppHost the way a pod is restarted.
/// </summary>
public sealed class FaultControls(PmsSystem pms) : IDisposable
{
    private static readonly TimeSpan ExitLimit = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(2);

    private readonly HttpClient _broker = new() { BaseAddress = pms.Endpoint(PmsSystem.KafkaBroker) };
    private readonly HttpClient _mail = new() { BaseAddress = pms.Endpoint(PmsSystem.MailSink) };

    public Task BrokerDownAsync(TimeSpan duration, CancellationToken cancellationToken) =>
        PostAsync(_broker, "/api/faults/broker-down", new { seconds = (int)duration.TotalSeconds }, cancellationToken);

    public Task BrokerLatencyAsync(int milliseconds, TimeSpan duration, CancellationToken cancellationToken) =>
        PostAsync(_broker, "/api/faults/latency", new { milliseconds, seconds = (int)duration.TotalSeconds }, cancellationToken);

    public Task MailOutageAsync(TimeSpan duration, CancellationToken cancellationToken) =>
        PostAsync(_mail, "/api/faults/outage", new { seconds = (int)duration.TotalSeconds }, cancellationToken);

    /// <summary>
    /// Sends <paramref name="signal"/> to the process of every instance of the resource, waits until they are gone, keeps
    /// them down for <paramref name="downFor"/>, then starts them and waits until they are healthy.
    /// </summary>
    public Task KillAndRestartAsync(string resource, string signal, TimeSpan downFor, CancellationToken cancellationToken) =>
        KillAndRestartAsync(pms.Instances(resource), signal, downFor, cancellationToken);

    /// <summary>SIGKILL of one instance of the resource while the others keep serving; started again after <paramref name="downFor"/>.</summary>
    public Task KillOneReplicaAsync(string resource, TimeSpan downFor, CancellationToken cancellationToken) =>
        KillAndRestartAsync([pms.Instances(resource)[0]], "KILL", downFor, cancellationToken);

    private async Task KillAndRestartAsync(IReadOnlyList<string> instances, string signal, TimeSpan downFor, CancellationToken cancellationToken)
    {
        var processIds = instances.Select(instance => pms.ProcessId(instance) ?? throw new InvalidOperationException($"{instance} has no process to kill.")).ToList();
        // A project runs under `dotnet run`: its process and everything it started die together, as in a pod. The
        // descendants are listed first and signalled after the instances' own processes, which alone must receive the
        // signal: killed first, a child would let its parent exit on its own before the parent's signal arrives, and a
        // short-lived descendant may be gone already.
        var descendants = signal == "KILL" ? processIds.SelectMany(Descendants).ToList() : [];
        if (!await SignalAsync(signal, processIds, cancellationToken))
        {
            throw new InvalidOperationException($"kill -{signal} {string.Join(' ', processIds)} ({string.Join(", ", instances)}) failed.");
        }

        await SignalAsync(signal, descendants, cancellationToken);

        using (var exit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            exit.CancelAfter(ExitLimit);
            await Task.WhenAll(instances.Select(instance => pms.WaitForExitAsync(instance, exit.Token)));
        }

        await Task.Delay(downFor, cancellationToken);
        using var start = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        start.CancelAfter(StartLimit);
        await Task.WhenAll(instances.Select(instance => pms.StartAgainAsync(instance, start.Token)));
    }

    /// <returns>Whether every process was sent the signal.</returns>
    private static async Task<bool> SignalAsync(string signal, List<int> processIds, CancellationToken cancellationToken)
    {
        if (processIds.Count == 0)
        {
            return true;
        }

        using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", .. processIds.Select(id => id.ToString(CultureInfo.InvariantCulture))]))!;
        await kill.WaitForExitAsync(cancellationToken);
        return kill.ExitCode == 0;
    }

    /// <summary>Every process started, directly or not, by <paramref name="processId"/>, read from /proc.</summary>
    private static List<int> Descendants(int processId)
    {
        var parents = new Dictionary<int, int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), CultureInfo.InvariantCulture, out var id))
            {
                try
                {
                    // "pid (name) state ppid ...": the name may hold spaces, so read after its closing parenthesis.
                    var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                    parents[id] = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
                }
                catch (IOException)
                {
                }
            }
        }

        var descendants = new List<int>();
        var generation = new List<int> { processId };
        while (generation.Count > 0)
        {
            generation = [.. parents.Where(pair => generation.Contains(pair.Value)).Select(pair => pair.Key)];
            descendants.AddRange(generation);
        }

        return descendants;
    }

    public void Dispose()
    {
        _broker.Dispose();
        _mail.Dispose();
    }

    private static async Task PostAsync(HttpClient client, string path, object body, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsJsonAsync(path, body, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
