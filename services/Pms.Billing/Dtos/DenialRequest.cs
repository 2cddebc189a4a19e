namespace Pms.Billing.Dtos;

public sealed record DenialRequest(string? Reason);
