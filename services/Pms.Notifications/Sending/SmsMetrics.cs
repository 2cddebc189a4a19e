using System.Diagnostics.Metrics;

namespace Pms.Notifications.Sending;

/// <summary>
/// Counts the SMS attempts the provider refused for the account's credentials: each one is a message
/// held back by the service's configuration, not by its recipient, so any count above zero needs an operator.
/// </summary>
public sealed class SmsMetrics
{
    public const string CredentialsRefused = "pms.sms.credentials_refused";

    private readonly Counter<long> _credentialsRefused;

    public SmsMetrics(IMeterFactory meters) =>
        _credentialsRefused = meters.Create(NotificationsMeter.Name).CreateCounter<long>(CredentialsRefused, "{attempt}", "SMS attempts the provider refused for the account's credentials.");

    public void CountCredentialsRefused(string provider) => _credentialsRefused.Add(1, new KeyValuePair<string, object?>("provider", provider));
}
