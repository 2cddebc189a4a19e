namespace Pms.Web.Gateway.Models;

public sealed record NewUser(string Email, string Password, string FirstName, string LastName, IReadOnlyList<string> Roles);
