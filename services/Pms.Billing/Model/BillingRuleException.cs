namespace Pms.Billing.Model;

/// <summary>A change the bill's rules do not allow; <see cref="Kind"/> says how the API answers.</summary>
public sealed class BillingRuleException(BillingRuleException.Kinds kind, string message) : Exception(message)
{
    public enum Kinds
    {
        /// <summary>The request is well formed but the amounts do not fit the bill (422).</summary>
        Unprocessable,

        /// <summary>The bill's state does not allow it (409).</summary>
        Conflict,
    }

    public Kinds Kind { get; } = kind;
}
