namespace Pms.Billing.Dtos;

/// <param name="InsurerShare">What the patient's insurer pays of the line; zero without cover.</param>
public sealed record BillLineDto(string? Code, string Description, decimal Quantity, decimal UnitPrice, decimal LineTotal, decimal InsurerShare);
