namespace Pms.Billing.Model;

/// <summary>One line of a bill; the price is copied from the catalog when the bill is issued.</summary>
public sealed class BillLine
{
    public Guid Id { get; set; }

    public Guid BillId { get; set; }

    /// <summary>The line's place on the bill, from 1, as it was entered.</summary>
    public int Position { get; set; }

    public string? Code { get; set; }

    public string Description { get; set; } = "";

    public decimal Quantity { get; set; }

    public decimal UnitPrice { get; set; }

    public decimal LineTotal { get; set; }

    /// <summary>What the patient's insurer pays of this line; zero without cover.</summary>
    public decimal InsurerShare { get; set; }
}
