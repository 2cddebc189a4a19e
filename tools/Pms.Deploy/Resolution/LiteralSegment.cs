namespace Pms.Deploy.Resolution;

public sealed record LiteralSegment(string Text) : ValueSegment;
