using Pms.Deploy.Images;

namespace Pms.Deploy.Containers;

public static class ContainerProfiles
{
    private static readonly ContainerProfile[] Known = [new PostgresProfile(), new KafkaProfile(), new MailpitProfile(), new AspireDashboardProfile(), new RedisProfile()];

    /// <summary>An image without a profile is an error: guessing its user and data would deploy it unsafely.</summary>
    public static ContainerProfile For(ContainerImage image) =>
        Known.FirstOrDefault(profile => profile.Matches(image))
        ?? throw new InvalidOperationException($"No container profile for {image}; add one to {nameof(ContainerProfiles)}.");
}
