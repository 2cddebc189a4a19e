namespace Pms.Billing.Services;

/// <summary>Section <c>Billing</c>.</summary>
public sealed class BillingOptions
{
    public const string SectionName = "Billing";
    public const string DefaultRegistrationFeeCode = "REG-FEE";
    public const string DefaultCurrency = "USD";

    /// <summary>The catalog item whose price is the registration fee.</summary>
    public string RegistrationFeeCode { get; set; } = DefaultRegistrationFeeCode;

    /// <summary>The currency of free-text bills (catalog items carry their own).</summary>
    public string Currency { get; set; } = DefaultCurrency;

    /// <summary>Tax rate per bill type (0.05 = 5 %); a type not listed is not taxed.</summary>
    public Dictionary<string, decimal> TaxRates { get; set; } = [];

    public decimal TaxRateFor(Model.BillType billType) => TaxRates.GetValueOrDefault(billType.ToString());
}
