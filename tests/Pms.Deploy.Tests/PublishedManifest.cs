using Pms.Deploy.Manifest;

namespace Pms.Deploy.Tests;

/// <summary>The AppHost's manifest as its publisher writes it today.</summary>
public sealed class PublishedManifest
{
    public AspireManifest Manifest { get; } =
        new AppHostManifestPublisher(Repository.Root).Publish(build: false, Repository.BuildConfiguration);
}
