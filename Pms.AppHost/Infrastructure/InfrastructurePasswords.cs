namespace Pms.AppHost.Infrastructure;

/// <summary>The secrets the infrastructure servers are started with.</summary>
public sealed record InfrastructurePasswords(IResourceBuilder<ParameterResource> Postgres, IResourceBuilder<ParameterResource> Redis);
