using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Pms.EndToEnd.Tests;

/// <summary>The instances a service runs as in this run, and killing and starting one, as a node failure and a pod restart would.</summary>
public sealed class ReplicaControls(PmsAppFixture fixture)
{
    private const string ProcessIdProperty = "executable.pid";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>The resource ids of the service's instances, one per replica, as the AppHost reports them.</summary>
    public async Task<IReadOnlyList<string>> OfAsync(string service, CancellationToken cancellationToken)
    {
        var replicas = fixture.App.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .Single(resource => resource.Name == service)
            .Annotations.OfType<ReplicaAnnotation>().SingleOrDefault()?.Replicas ?? 1;
        var instances = new SortedSet<string>(StringComparer.Ordinal);
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(Patience);
        // The watch begins with every instance's current state.
        await foreach (var update in fixture.App.ResourceNotifications.WatchAsync(patience.Token))
        {
            if (update.Resource.Name == service && instances.Add(update.ResourceId) && instances.Count == replicas)
            {
                break;
            }
        }

        return [.. instances];
    }

    /// <summary>Kills the instance's process and everything it started, and waits until the AppHost sees it gone.</summary>
    public async Task KillAsync(string instance, CancellationToken cancellationToken)
    {
        var processId = State(instance).Snapshot.Properties.Single(property => property.Name == ProcessIdProperty).Value
            ?? throw new InvalidOperationException($"{instance} has no process.");
        using (var process = Process.GetProcessById(Convert.ToInt32(processId, System.Globalization.CultureInfo.InvariantCulture)))
        {
            process.Kill(entireProcessTree: true);
        }

        await WaitUntilAsync(instance, snapshot => KnownResourceStates.TerminalStates.Contains(snapshot.State?.Text), cancellationToken);
    }

    /// <summary>Starts a killed instance again, as the dashboard's Start command does, and waits until it is healthy.</summary>
    public async Task StartAsync(string instance, CancellationToken cancellationToken)
    {
        var started = await fixture.App.ResourceCommands.ExecuteCommandAsync(instance, KnownResourceCommands.StartCommand, cancellationToken);
        Assert.True(started.Success, $"{instance} did not start again: {started.Message}");
        await WaitUntilAsync(instance,
            snapshot => snapshot.State?.Text == KnownResourceStates.Running && snapshot.HealthStatus == HealthStatus.Healthy, cancellationToken);
    }

    private ResourceEvent State(string instance) =>
        fixture.App.ResourceNotifications.TryGetCurrentState(instance, out var state) ? state : throw new InvalidOperationException($"{instance} has no state.");

    private async Task WaitUntilAsync(string instance, Func<CustomResourceSnapshot, bool> reached, CancellationToken cancellationToken)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(Patience);
        await foreach (var update in fixture.App.ResourceNotifications.WatchAsync(patience.Token))
        {
            if (update.ResourceId == instance && reached(update.Snapshot))
            {
                return;
            }
        }
    }
}
