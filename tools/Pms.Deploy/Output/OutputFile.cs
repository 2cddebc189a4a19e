namespace Pms.Deploy.Output;

/// <summary>A file of aspirate-output/, by its path under that folder ('/'-separated).</summary>
public sealed record OutputFile(string RelativePath, string Content);
