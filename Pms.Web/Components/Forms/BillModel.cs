using System.ComponentModel.DataAnnotations;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Forms;

/// <summary>A bill being put together at the desk, with the totals billing-service will compute before tax.</summary>
public sealed class BillModel : IValidatableObject
{
    [Required(ErrorMessage = "Choose the kind of bill.")]
    public string BillType { get; set; } = "Consultation";

    public List<BillLineModel> Items { get; } = [];

    public string DiscountKind { get; set; } = DiscountKinds.None;

    [Amount(AllowZero = true, AtMost = nameof(DiscountLimit), AtMostMessage = "The discount is at most {0}.")]
    public string? DiscountValue { get; set; }

    /// <summary>100 for a percentage, the subtotal for an amount.</summary>
    public decimal DiscountLimit => DiscountKind == DiscountKinds.Percent ? 100 : Subtotal;

    [StringLength(200)]
    public string? DiscountReason { get; set; }

    [StringLength(1000)]
    public string? Notes { get; set; }

    public decimal Subtotal => Items.Sum(line => line.Total);

    public decimal Discount => DiscountKind switch
    {
        DiscountKinds.Amount => Math.Min(AmountText.Read(DiscountValue) ?? 0, Subtotal),
        DiscountKinds.Percent => Round(Subtotal * Math.Min(AmountText.Read(DiscountValue) ?? 0, 100) / 100m),
        _ => 0,
    };

    public decimal TotalBeforeTax => Subtotal - Discount;

    public string Currency => Items.FirstOrDefault()?.Currency ?? "USD";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Items.Count == 0)
        {
            yield return new ValidationResult("Add at least one item.", [nameof(Items)]);
        }

        if (DiscountKind != DiscountKinds.None && string.IsNullOrWhiteSpace(DiscountReason))
        {
            yield return new ValidationResult("Give the reason for the discount.", [nameof(DiscountReason)]);
        }
    }

    public NewBill ToNewBill(Guid patientId) => new(
        patientId,
        BillType,
        [.. Items.Select(line => new NewBillLine(line.Code, line.Description, line.Quantity, line.UnitPrice))],
        DiscountKind switch
        {
            DiscountKinds.Amount => new BillDiscount(AmountText.Read(DiscountValue), null, DiscountReason!.Trim()),
            DiscountKinds.Percent => new BillDiscount(null, AmountText.Read(DiscountValue), DiscountReason!.Trim()),
            _ => null,
        },
        string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim());

    /// <summary>Cents, half away from zero, as billing-service rounds.</summary>
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static class DiscountKinds
    {
        public const string None = "None";
        public const string Amount = "Amount";
        public const string Percent = "Percent";
    }
}
