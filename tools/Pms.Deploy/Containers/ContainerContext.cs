using Pms.Deploy.Images;
using Pms.Deploy.Manifest;
using Pms.Deploy.Resolution;

namespace Pms.Deploy.Containers;

/// <summary>A container resource of the manifest, with what a profile needs to add to it.</summary>
public sealed record ContainerContext(
    string Name,
    ManifestResource Resource,
    ContainerImage Image,
    AspireManifest Manifest,
    ExpressionResolver Resolver);
