using Pms.Bench.Load;
using Pms.Bench.System;

namespace Pms.Bench;

/// <summary>What every scenario shares: the running system, the profile, accounts and seeded data, and the meters.</summary>
public sealed class BenchContext(PmsSystem pms, BenchProfile profile, Accounts accounts)
{
    private static readonly TimeSpan TokenReuse = TimeSpan.FromMinutes(10);

    private string? _staffEmail;
    private string? _staffToken;
    private DateTimeOffset _staffTokenAt;

    public PmsSystem Pms => pms;

    public BenchProfile Profile => profile;

    public Accounts Accounts => accounts;

    public PmsProcesses Processes { get; } = new(pms);

    public Settling Settling { get; } = new(pms);

    public SeededPatients? Seeded { get; set; }

    public SeededPatients Patients => Seeded ?? throw new InvalidOperationException("Patients are not seeded yet.");

    public string? AdminToken { get; private set; }

    public async Task SignInAsync(CancellationToken cancellationToken)
    {
        AdminToken = await accounts.LoginAsync(PmsSystem.AdminEmail, PmsSystem.AdminPassword, cancellationToken);
        _staffEmail = await accounts.CreateAsync(PmsRoles.Staff, AdminToken, cancellationToken);
    }

    /// <summary>A Staff access token, renewed well before it expires.</summary>
    public async Task<string> StaffTokenAsync(CancellationToken cancellationToken)
    {
        if (_staffToken is null || DateTimeOffset.UtcNow - _staffTokenAt > TokenReuse)
        {
            _staffToken = await accounts.LoginAsync(_staffEmail!, Accounts.Password, cancellationToken);
            _staffTokenAt = DateTimeOffset.UtcNow;
        }

        return _staffToken;
    }

    public async Task<HttpClient> StaffClientAsync(Uri baseAddress, CancellationToken cancellationToken) =>
        LoadClient.For(baseAddress, await StaffTokenAsync(cancellationToken));

    /// <summary>Runs one open-loop step with CPU measured beside it, and says how it went.</summary>
    public async Task<StepResult> RunAsync(
        LoadStep step, Func<OperationContext, Task<Outcome>> operation, CancellationToken cancellationToken, params IStepProbe[] probes)
    {
        var result = await OpenLoopRunner.RunAsync(step, operation, [new CpuProbe(new CpuMeter(Processes)), .. probes], cancellationToken);
        Console.WriteLine($"    {step.Label,-36} offered {step.RatePerSecond,6:0.#}/s  served {result.ThroughputPerSecond,7:0.#}/s  "
            + $"p50 {result.Latency.P50,8:0.00} ms  p99 {result.Latency.P99,8:0.00} ms  failed {result.FailureCount} "
            + string.Join(", ", result.Failures.Select(failure => $"{failure.Value} {failure.Key}")));
        return result;
    }

    /// <summary>
    /// Waits, at most <paramref name="limit"/>, until the machine has been nearly idle for a second: what earlier steps
    /// set going (compilation, garbage collection, queued requests and messages) is over. Null when it never got there.
    /// </summary>
    public async Task<TimeSpan?> QuietAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        const double quietBusyPercent = 25;
        var meter = new CpuMeter(Processes);
        var started = global::System.Diagnostics.Stopwatch.StartNew();
        var earlier = meter.Read();
        while (started.Elapsed < limit)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            var now = meter.Read();
            if (now.Since(earlier, 0)["machine busy %"] < quietBusyPercent)
            {
                return started.Elapsed;
            }

            earlier = now;
        }

        return null;
    }

    /// <summary>Rising rates until a step does not hold (a failure, or p99 at or over the limit); returns every step run.</summary>
    public async Task<List<StepResult>> ClimbAsync(
        string label, IEnumerable<double> rates, double p99LimitMilliseconds, Func<OperationContext, Task<Outcome>> operation, CancellationToken cancellationToken,
        TimeSpan? drainLimit = null)
    {
        var steps = new List<StepResult>();
        foreach (var rate in rates)
        {
            var step = await RunAsync(profile.Step($"{label} {rate:0.#}/s", rate), operation, cancellationToken);
            if (drainLimit is { } limit)
            {
                var drained = await Settling.WaitAsync(limit, cancellationToken);
                step.DownstreamKeptUp = drained is not null;
                if (drained is null)
                {
                    Progress($"still queued {limit.TotalSeconds:0} s after the step: {Settling.Remaining}");
                }

                step.Extras[$"downstream backlog drained after the step, s (-1: not within {limit.TotalSeconds:0} s)"] = drained?.TotalSeconds ?? -1;
            }

            steps.Add(step);
            if (!step.Holds(p99LimitMilliseconds))
            {
                break;
            }
        }

        return steps;
    }

    public static void Progress(string message) => Console.WriteLine($"[{DateTimeOffset.Now:HH:mm:ss}] {message}");
}
