namespace Pms.Deploy.Images;

public static class ContainerImageName
{
    /// <summary>Splits <c>registry/repository:tag</c>; the tag is the part after the last colon of the last path segment.</summary>
    public static ContainerImage Parse(string image)
    {
        var lastSlash = image.LastIndexOf('/');
        var colon = image.IndexOf(':', lastSlash + 1);
        return colon < 0 ? new ContainerImage(image, "latest") : new ContainerImage(image[..colon], image[(colon + 1)..]);
    }
}
