namespace Pms.Web.Gateway.Models;

/// <summary>One line of a document's access audit: who downloaded or deleted it, and when.</summary>
public sealed record DocumentAccess(Guid AccountId, string? Name, string Roles, string Action, DateTimeOffset AccessedAt);
