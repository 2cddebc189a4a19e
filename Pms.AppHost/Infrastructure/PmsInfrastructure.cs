namespace Pms.AppHost.Infrastructure;

/// <summary>The infrastructure of one PMS run, whichever mode provides it.</summary>
public sealed record PmsInfrastructure(
    InfrastructureMode Mode,
    IReadOnlyDictionary<string, InfrastructureResource> Databases,
    InfrastructureResource Kafka,
    InfrastructureResource Mail,
    InfrastructureResource Redis)
{
    /// <summary>Each service's Kafka password where the broker asks services to sign in (a deployment); empty otherwise.</summary>
    public IReadOnlyDictionary<string, IResourceBuilder<ParameterResource>> KafkaPasswords { get; init; } =
        new Dictionary<string, IResourceBuilder<ParameterResource>>();
}
