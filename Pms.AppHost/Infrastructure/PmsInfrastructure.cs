namespace Pms.AppHost.Infrastructure;

/// <summary>The infrastructure of one PMS run, whichever mode provides it.</summary>
public sealed record PmsInfrastructure(
    InfrastructureMode Mode,
    IReadOnlyDictionary<string, InfrastructureResource> Databases,
    InfrastructureResource Kafka,
    InfrastructureResource Mail,
    InfrastructureResource Redis);
