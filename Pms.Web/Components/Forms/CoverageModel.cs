using System.ComponentModel.DataAnnotations;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Forms;

/// <summary>A patient's coverage with one payer, as staff copy it from the insurance card.</summary>
public sealed class CoverageModel : IValidatableObject
{
    public const string Self = "Self";

    public static IReadOnlyList<string> Priorities { get; } = ["Primary", "Secondary"];

    public static IReadOnlyList<string> Relationships { get; } = [Self, "Spouse", "Child", "Other"];

    [Required(ErrorMessage = "Choose the payer.")]
    public string? PayerCode { get; set; }

    [Required(ErrorMessage = "Enter the plan.")]
    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    public string? Plan { get; set; }

    [Required(ErrorMessage = "Enter the member ID from the card.")]
    [StringLength(64, ErrorMessage = "Use at most 64 characters.")]
    public string? MemberId { get; set; }

    [StringLength(64, ErrorMessage = "Use at most 64 characters.")]
    public string? GroupNumber { get; set; }

    [Required(ErrorMessage = "Enter the first day of cover.")]
    public DateTime? ValidFrom { get; set; }

    public DateTime? ValidTo { get; set; }

    public string Priority { get; set; } = "Primary";

    public string Relationship { get; set; } = Self;

    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    public string? PolicyHolder { get; set; }

    /// <summary>The payers to choose from: the active ones, and an inactive one only if this coverage already names it.</summary>
    public IEnumerable<Payer> PayersOffered(IEnumerable<Payer> payers) => payers.Where(payer => payer.IsActive || payer.Code == PayerCode);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ValidFrom is { } from && ValidTo is { } to && to < from)
        {
            yield return new ValidationResult("The last day of cover cannot come before the first.", [nameof(ValidTo)]);
        }

        if (Relationship != Self && string.IsNullOrWhiteSpace(PolicyHolder))
        {
            yield return new ValidationResult("Enter the name of the person who holds the policy.", [nameof(PolicyHolder)]);
        }
    }

    public static CoverageModel From(Coverage coverage) => new()
    {
        PayerCode = coverage.PayerCode,
        Plan = coverage.Plan,
        MemberId = coverage.MemberId,
        GroupNumber = coverage.GroupNumber,
        ValidFrom = coverage.ValidFrom.ToDateTime(TimeOnly.MinValue),
        ValidTo = coverage.ValidTo?.ToDateTime(TimeOnly.MinValue),
        Priority = coverage.Priority,
        Relationship = coverage.Relationship,
        PolicyHolder = coverage.PolicyHolder,
    };

    public CoverageChange ToChange() => new(
        PayerCode!,
        Plan!.Trim(),
        MemberId!.Trim(),
        string.IsNullOrWhiteSpace(GroupNumber) ? null : GroupNumber.Trim(),
        DateOnly.FromDateTime(ValidFrom!.Value),
        ValidTo is { } to ? DateOnly.FromDateTime(to) : null,
        Priority,
        Relationship == Self ? null : PolicyHolder?.Trim(),
        Relationship);
}
