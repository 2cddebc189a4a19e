namespace Pms.Web.Gateway.Models;

public sealed record Payer(string Code, string Name, bool IsActive);
