namespace Pms.Deploy.Manifest;

/// <summary>The manifest resource types the generator understands.</summary>
public static class ResourceTypes
{
    public const string Project = "project.v0";
    public const string Container = "container.v0";
    public const string Parameter = "parameter.v0";
    public const string Value = "value.v0";
    public const string AnnotatedString = "annotated.string";
}
