using System.ComponentModel.DataAnnotations;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Forms;

/// <summary>What a payer pays of one type of bill, as an administrator types it.</summary>
public sealed class CoverageRuleModel : IValidatableObject
{
    private static readonly char[] CodeSeparators = [',', ';', ' ', '\n'];

    [Required(ErrorMessage = "Choose the kind of bill.")]
    public string BillType { get; set; } = "Consultation";

    [Required(ErrorMessage = "Enter the share the payer covers.")]
    [Amount(AllowZero = true)]
    public string? CoveredPercent { get; set; }

    [Amount(AllowZero = true)]
    public string? CoPay { get; set; }

    /// <summary>Catalog codes the payer never pays for, separated by commas or spaces.</summary>
    public string? ExcludedCodes { get; set; }

    [Amount]
    public string? YearlyCap { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AmountText.Read(CoveredPercent) is > 100)
        {
            yield return new ValidationResult("A share is at most 100 percent.", [nameof(CoveredPercent)]);
        }
    }

    public static CoverageRuleModel From(CoverageRule rule) => new()
    {
        BillType = rule.BillType,
        CoveredPercent = AmountText.Write(rule.CoveredPercent),
        CoPay = rule.CoPay == 0 ? null : AmountText.Write(rule.CoPay),
        ExcludedCodes = string.Join(", ", rule.ExcludedCodes),
        YearlyCap = rule.YearlyCap is { } cap ? AmountText.Write(cap) : null,
    };

    public CoverageRuleChange ToChange() => new(
        AmountText.Read(CoveredPercent) ?? 0,
        AmountText.Read(CoPay) ?? 0,
        [.. (ExcludedCodes ?? "").Split(CodeSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        AmountText.Read(YearlyCap));
}
