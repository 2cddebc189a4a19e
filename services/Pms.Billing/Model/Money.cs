namespace Pms.Billing.Model;

public static class Money
{
    /// <summary>Amounts are rounded once, to cents, half away from zero.</summary>
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
