using System.ComponentModel.DataAnnotations;

namespace Pms.Web.Components.Forms;

public sealed class PaymentModel
{
    public static IReadOnlyList<string> DeskMethods { get; } = ["Cash", "Card", "Insurance", "BankTransfer"];

    [Required(ErrorMessage = "Enter the amount.")]
    [Range(0.01, 1_000_000_000, ErrorMessage = "The amount must be positive.")]
    public decimal? Amount { get; set; }

    [Required(ErrorMessage = "Choose how it was paid.")]
    public string Method { get; set; } = "Cash";

    [StringLength(100)]
    public string? Reference { get; set; }
}
