namespace Pms.Deploy.Resolution;

/// <summary>A piece of a resolved value: plain text, or a key of the operators' secret.</summary>
public abstract record ValueSegment;
