namespace Pms.Billing.Model;

/// <summary>
/// What a payer pays of one type of bill: a percentage of each line, less a co-pay the patient always pays, never for the
/// excluded catalog codes, and at most a yearly cap per patient.
/// </summary>
public sealed class CoverageRule
{
    public string PayerCode { get; set; } = "";

    public BillType BillType { get; set; }

    /// <summary>From 0 to 100.</summary>
    public decimal CoveredPercent { get; set; }

    /// <summary>What the patient pays of each bill before the payer pays anything.</summary>
    public decimal CoPay { get; set; }

    public List<string> ExcludedCodes { get; set; } = [];

    /// <summary>The most the payer pays for one patient's bills of this type in a calendar year; null for no cap.</summary>
    public decimal? YearlyCap { get; set; }
}
