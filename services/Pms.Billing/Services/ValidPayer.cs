namespace Pms.Billing.Services;

/// <param name="Code">The upper-case code, or null when the route names the payer (an update).</param>
/// <param name="IsActive">Whether coverages may name it; null on an update leaves it as it is.</param>
public sealed record ValidPayer(string? Code, string Name, bool? IsActive);
