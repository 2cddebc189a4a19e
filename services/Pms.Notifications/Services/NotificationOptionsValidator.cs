using Microsoft.Extensions.Options;

namespace Pms.Notifications.Services;

/// <summary>Stops the service at start on settings that would make every SMS fail, instead of failing each message.</summary>
public sealed class NotificationOptionsValidator : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        var failures = new List<string>();
        if (options.DefaultPhoneRegion is not null)
        {
            failures.Add("Notifications:DefaultPhoneRegion is no longer read; set PhoneNumbers:DefaultRegion, which every service reads.");
        }

        if (options.UsesTwilio)
        {
            var twilio = options.Twilio;
            if (string.IsNullOrWhiteSpace(twilio.AccountSid) || string.IsNullOrWhiteSpace(twilio.AuthToken) || string.IsNullOrWhiteSpace(twilio.FromNumber))
            {
                failures.Add("Notifications:Twilio:AccountSid, AuthToken and FromNumber are required when Notifications:SmsProvider is Twilio.");
            }

            if (twilio.BaseUrl is { } baseUrl && (!baseUrl.IsAbsoluteUri || baseUrl.AbsolutePath != "/"))
            {
                failures.Add("Notifications:Twilio:BaseUrl is the scheme, host and port of a server that serves Twilio's API from its root, such as http://127.0.0.1:5090.");
            }
        }
        else if (!string.Equals(options.SmsProvider, NotificationOptions.LocalSmsProvider, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"Notifications:SmsProvider '{options.SmsProvider}' is neither {NotificationOptions.LocalSmsProvider} nor {NotificationOptions.TwilioSmsProvider}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
