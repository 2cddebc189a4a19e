namespace Pms.Billing.Model;

/// <summary>An insurer or other third party that pays part of patients' bills; administrators keep the list.</summary>
public sealed class Payer
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>An inactive payer stays on the coverages that name it but is offered for no new one.</summary>
    public bool IsActive { get; set; } = true;
}
