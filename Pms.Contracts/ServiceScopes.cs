namespace Pms.Contracts;

/// <summary>What a service token allows; each internal endpoint asks for its scope, so one service's secret cannot do another's work.</summary>
public static class ServiceScopes
{
    public const string Claim = "scope";

    /// <summary>Charging registration and consultation fees at billing-service: patient-service's.</summary>
    public const string BillingFees = "billing.fees";

    /// <summary>The scopes each service client is given.</summary>
    public static IReadOnlyDictionary<string, string[]> OfClient { get; } = new Dictionary<string, string[]>
    {
        [ResourceNames.Patients] = [BillingFees],
        [ResourceNames.Billing] = [],
        [ResourceNames.Notifications] = [],
    };
}
