namespace Pms.Billing.Model;

/// <summary>Which payer is asked first when a patient has more than one coverage in force.</summary>
public enum CoveragePriority
{
    Primary,
    Secondary,
}
