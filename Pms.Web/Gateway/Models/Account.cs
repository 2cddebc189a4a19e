namespace Pms.Web.Gateway.Models;

public sealed record Account(Guid UserId, string Email, string FirstName, string LastName, IReadOnlyList<string> Roles);
