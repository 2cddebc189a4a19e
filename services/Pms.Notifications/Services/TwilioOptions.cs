namespace Pms.Notifications.Services;

public sealed class TwilioOptions
{
    public string AccountSid { get; set; } = "";

    public string AuthToken { get; set; } = "";

    public string FromNumber { get; set; } = "";

    /// <summary>Unset for Twilio itself; the scheme, host and port of a stand-in that serves Twilio's API from its root.</summary>
    public Uri? BaseUrl { get; set; }
}
