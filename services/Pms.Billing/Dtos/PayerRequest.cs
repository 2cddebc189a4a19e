namespace Pms.Billing.Dtos;

public sealed record PayerRequest(string? Code, string? Name, bool? IsActive);
