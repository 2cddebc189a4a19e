namespace Pms.Web.Gateway;

/// <summary>The RFC 7807 fields the front end reads from an error answer.</summary>
public sealed record ProblemDocument(string? Title, string? Detail, int? Status, Dictionary<string, string[]>? Errors);
