using System.ComponentModel.DataAnnotations;

namespace Pms.Web.Components.Forms;

/// <summary>A void or a refund: the reason always, and for a refund the amount, at most what is left to refund.</summary>
public sealed class CorrectionModel : IValidatableObject
{
    public bool IsRefund { get; init; }

    [Amount(AtMost = nameof(Refundable), AtMostMessage = "At most {0} can be refunded.")]
    public string? Amount { get; set; }

    public decimal Refundable { get; init; }

    [Required(ErrorMessage = "Give the reason; it stays on the bill.")]
    [StringLength(500, ErrorMessage = "A reason has at most 500 characters.")]
    public string? Reason { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsRefund && string.IsNullOrWhiteSpace(Amount))
        {
            yield return new ValidationResult("Enter the amount to refund.", [nameof(Amount)]);
        }
    }
}
