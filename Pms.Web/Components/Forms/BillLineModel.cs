using System.ComponentModel.DataAnnotations;

namespace Pms.Web.Components.Forms;

public sealed class BillLineModel
{
    /// <summary>The catalog code; billing-service then charges the catalog's price.</summary>
    public string? Code { get; set; }

    [Required(ErrorMessage = "Describe the item.")]
    [StringLength(200)]
    public string Description { get; set; } = "";

    [Required(ErrorMessage = "Enter the quantity.")]
    [Range(0.01, 10_000, ErrorMessage = "The quantity must be positive.")]
    public decimal Quantity { get; set; } = 1;

    [Range(0, 1_000_000_000, ErrorMessage = "The price cannot be negative.")]
    public decimal UnitPrice { get; set; }

    public string Currency { get; set; } = "USD";

    public decimal Total => BillModel.Round(Quantity * UnitPrice);
}
