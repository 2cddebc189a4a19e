namespace Pms.Billing.Dtos;

/// <summary>The optional body of a void: why the bill is void.</summary>
public sealed record VoidRequest(string? Reason);
