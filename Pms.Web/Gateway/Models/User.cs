namespace Pms.Web.Gateway.Models;

public sealed record User(Guid Id, string Email, string FirstName, string LastName, IReadOnlyList<string> Roles, string Status, DateTimeOffset CreatedAt);
