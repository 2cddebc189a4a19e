using System.Collections.Concurrent;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Pms.ServiceDefaults.Messaging;

/// <summary>What <see cref="MessageHandlerWarmup"/> found: unhealthy while any handler cannot be built, since its messages would all fail.</summary>
public sealed class MessageHandlerHealth : IHealthCheck
{
    private readonly ConcurrentDictionary<string, string> _failures = new();
    private readonly ConcurrentBag<string> _built = [];

    /// <summary>Message types whose handlers were built.</summary>
    public IReadOnlyCollection<string> Built => _built;

    /// <summary>Message types whose handlers could not be built, with the reason.</summary>
    public IReadOnlyDictionary<string, string> Failures => _failures;

    public void Succeeded(Type messageType) => _built.Add(NameOf(messageType));

    public void Failed(Type messageType, Exception exception) => _failures[NameOf(messageType)] = exception.Message;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_failures.IsEmpty
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"Message handlers that cannot be built: {string.Join(", ", _failures.Keys.Order(StringComparer.Ordinal))}."));

    private static string NameOf(Type messageType) => messageType.FullName ?? messageType.Name;
}
