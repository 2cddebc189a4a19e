using Pms.Contracts;

namespace Pms.Deploy.Network;

/// <summary>A connection a pod opens to something outside the cluster, on one port.</summary>
public sealed record ExternalDestination(string From, int Port, string What)
{
    /// <summary>
    /// What the services reach outside the cluster, which no manifest expression shows: the providers' APIs and a
    /// mail relay the operators name in mail-connection-string instead of the in-cluster mail sink.
    /// </summary>
    public static IReadOnlyList<ExternalDestination> All { get; } =
    [
        new(ResourceNames.Billing, 443, "the payment provider's API"),
        new(ResourceNames.Notifications, 443, "the SMS provider's API"),
        new(ResourceNames.Notifications, 25, "an SMTP relay"),
        new(ResourceNames.Notifications, 465, "an SMTP relay (implicit TLS)"),
        new(ResourceNames.Notifications, 587, "an SMTP relay (submission)"),
    ];
}
