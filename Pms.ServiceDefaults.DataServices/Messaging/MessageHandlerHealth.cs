using System.Collections.Concurrent;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Pms.ServiceDefaults.Messaging;

/// <summary>What <see cref="MessageHandlerWarmup"/> found: unhealthy while any handler cannot be generated, since its messages would all fail.</summary>
public sealed class MessageHandlerHealth : IHealthCheck
{
    private readonly ConcurrentDictionary<string, string> _failures = new();
    private readonly ConcurrentBag<string> _generated = [];

    /// <summary>Message types whose handlers were generated.</summary>
    public IReadOnlyCollection<string> Generated => _generated;

    /// <summary>Message types whose handlers could not be generated, with the reason.</summary>
    public IReadOnlyDictionary<string, string> Failures => _failures;

    public void Succeeded(Type messageType) => _generated.Add(NameOf(messageType));

    public void Failed(Type messageType, Exception exception) => _failures[NameOf(messageType)] = exception.Message;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_failures.IsEmpty
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"Message handlers that cannot be generated: {string.Join(", ", _failures.Keys.Order(StringComparer.Ordinal))}."));

    private static string NameOf(Type messageType) => messageType.FullName ?? messageType.Name;
}
