namespace Pms.Billing.Model;

/// <summary>An item of the price catalog; bills copy its price at the moment they are issued.</summary>
public sealed class PriceItem
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public BillType BillType { get; set; }

    public decimal UnitPrice { get; set; }

    public string Currency { get; set; } = "";

    public bool IsActive { get; set; } = true;
}
