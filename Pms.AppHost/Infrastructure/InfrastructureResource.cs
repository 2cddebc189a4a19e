namespace Pms.AppHost.Infrastructure;

/// <summary>
/// A piece of infrastructure as the services see it: the connection string they reference and
/// the resource that must be healthy before they start (the two differ in local mode, where a
/// connection-string resource is healthy at once but the process behind it is not).
/// </summary>
public sealed record InfrastructureResource(
    IResourceBuilder<IResourceWithConnectionString> Connection,
    IResourceBuilder<IResource> ReadyWhen);
