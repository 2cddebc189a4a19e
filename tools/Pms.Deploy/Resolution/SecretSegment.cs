namespace Pms.Deploy.Resolution;

/// <summary>The value an operator gives for an AppHost parameter, read from the generated Secret.</summary>
public sealed record SecretSegment(string Key) : ValueSegment;
