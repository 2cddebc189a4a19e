namespace Pms.Web.Gateway.Models;

public sealed record Refund(Guid Id, decimal Amount, string Reason, DateTimeOffset IssuedAt);
