namespace Pms.Billing.Services;

/// <param name="Code">The upper-case code, or null when the route names the payer (an update).</param>
public sealed record ValidPayer(string? Code, string Name, bool IsActive);
