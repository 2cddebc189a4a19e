using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Pms.Testing.WholeSystem;

/// <summary>
/// The time a local run of PMS has to start. A run first waits for any other run on this machine to end (the AppHost's
/// LocalRunLock; the end-to-end tests and the fault suite take turns), which can take longer than starting does, so the
/// two are bounded separately: the start-up timeout counts from the moment the machine is this run's. When it passes,
/// the error names what was not ready and in which state every resource was.
/// </summary>
public sealed class StartupDeadline : IDisposable
{
    public static readonly TimeSpan OtherRunWaitLimit = TimeSpan.FromMinutes(30);

    private readonly CancellationTokenSource _deadline;
    private readonly CancellationToken _caller;
    private readonly TimeSpan _startupTimeout;
    private bool _machineHeld;

    /// <summary>Call after the AppHost's builder is created, so this runs after its BeforeStartEvent handler takes the machine.</summary>
    public StartupDeadline(IDistributedApplicationTestingBuilder builder, TimeSpan startupTimeout, CancellationToken cancellationToken)
    {
        _caller = cancellationToken;
        _startupTimeout = startupTimeout;
        _deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _deadline.CancelAfter(OtherRunWaitLimit + startupTimeout);
        builder.Eventing.Subscribe<BeforeStartEvent>((_, _) =>
        {
            _machineHeld = true;
            _deadline.CancelAfter(startupTimeout);
            return Task.CompletedTask;
        });
    }

    public CancellationToken Token => _deadline.Token;

    public Task StartAsync(DistributedApplication app) => TimedAsync(() => app.StartAsync(Token), app, "the AppHost's resources");

    /// <summary>Waits until each of <paramref name="resources"/> reports healthy.</summary>
    public async Task WaitUntilHealthyAsync(DistributedApplication app, IEnumerable<string> resources)
    {
        foreach (var resource in resources)
        {
            await TimedAsync(() => app.ResourceNotifications.WaitForResourceHealthyAsync(resource, Token), app, resource);
        }
    }

    public void Dispose() => _deadline.Dispose();

    private async Task TimedAsync(Func<Task> step, DistributedApplication app, string awaited)
    {
        try
        {
            await step();
        }
        catch (OperationCanceledException) when (_deadline.IsCancellationRequested && !_caller.IsCancellationRequested)
        {
            throw new TimeoutException(_machineHeld
                ? $"PMS did not start within {_startupTimeout}: waiting for {awaited}. Resources: {States(app)}"
                : $"Another run of PMS held this machine for more than {OtherRunWaitLimit}; this run never started.");
        }
    }

    private static string States(DistributedApplication app) =>
        string.Join("; ", app.Services.GetRequiredService<DistributedApplicationModel>().Resources.Select(resource =>
            app.ResourceNotifications.TryGetCurrentState(resource.Name, out var current)
                ? $"{resource.Name} {current.Snapshot.State?.Text ?? "(no state)"}/{current.Snapshot.HealthStatus?.ToString() ?? "(no health)"}"
                : $"{resource.Name} (not reported)"));
}
