namespace Pms.AppHost.Infrastructure;

public static class InfrastructureReferenceExtensions
{
    /// <summary>Passes the connection string and waits until the infrastructure behind it is healthy.</summary>
    public static IResourceBuilder<T> WithReference<T>(this IResourceBuilder<T> builder, InfrastructureResource infrastructure)
        where T : IResourceWithEnvironment, IResourceWithWaitSupport =>
        builder.WithReference(infrastructure.Connection).WaitFor(infrastructure.ReadyWhen);
}
