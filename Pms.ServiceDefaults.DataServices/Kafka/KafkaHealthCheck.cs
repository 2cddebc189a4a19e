using Confluent.Kafka;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Pms.ServiceDefaults.Kafka;

/// <summary>Healthy when the broker answers a metadata request through the service's own producer connection.</summary>
public sealed class KafkaHealthCheck(IProducer<string, byte[]> producer) : IHealthCheck, IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);
    private readonly IAdminClient _admin = new DependentAdminClientBuilder(producer.Handle).Build();

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var metadata = _admin.GetMetadata(Timeout);
            return Task.FromResult(metadata.Brokers.Count > 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The Kafka cluster reported no brokers."));
        }
        catch (KafkaException exception)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Kafka is unreachable.", exception));
        }
    }

    public void Dispose() => _admin.Dispose();
}
