namespace Pms.Web.Gateway.Models;

public sealed record BillLine(string? Code, string Description, decimal Quantity, decimal UnitPrice, decimal LineTotal)
{
    /// <summary>What the patient's insurer pays of the line.</summary>
    public decimal InsurerShare { get; init; }
}
