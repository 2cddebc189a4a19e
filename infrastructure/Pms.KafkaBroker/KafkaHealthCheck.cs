using Confluent.Kafka;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Pms.KafkaBroker;

/// <summary>Healthy when a metadata request through the advertised address succeeds and lists every configured topic.</summary>
public sealed partial class KafkaHealthCheck(IOptions<BrokerOptions> options, ILogger<KafkaHealthCheck> logger)
    : IHealthCheck, IDisposable
{
    private static readonly TimeSpan MetadataTimeout = TimeSpan.FromSeconds(2);

    private readonly Lazy<IAdminClient> _admin = new(() =>
        new AdminClientBuilder(new AdminClientConfig { BootstrapServers = options.Value.BootstrapServers })
            // Probes against a stopped or starting broker fail by design; their connection errors are not news.
            .SetLogHandler((_, message) => LogClient(logger, message.Level, message.Message))
            .Build());

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        Metadata metadata;
        try
        {
            metadata = _admin.Value.GetMetadata(MetadataTimeout);
        }
        catch (KafkaException e)
        {
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, "Kafka metadata request failed.", e));
        }

        var existing = metadata.Topics
            .Where(topic => topic.Error.Code == ErrorCode.NoError)
            .Select(topic => topic.Topic)
            .ToHashSet(StringComparer.Ordinal);
        var missing = options.Value.Topics.Where(topic => !existing.Contains(topic)).ToArray();

        return Task.FromResult(missing.Length == 0
            ? HealthCheckResult.Healthy($"{metadata.Brokers.Count} broker(s), {existing.Count} topic(s).")
            : new HealthCheckResult(context.Registration.FailureStatus, $"Missing topics: {string.Join(", ", missing)}."));
    }

    public void Dispose()
    {
        if (_admin.IsValueCreated)
        {
            _admin.Value.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Health probe client ({SyslogLevel}): {Message}")]
    private static partial void LogClient(ILogger logger, SyslogLevel syslogLevel, string message);
}
