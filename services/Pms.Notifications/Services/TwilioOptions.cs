namespace Pms.Notifications.Services;

public sealed class TwilioOptions
{
    public string AccountSid { get; set; } = "";

    public string AuthToken { get; set; } = "";

    public string FromNumber { get; set; } = "";

    /// <summary>Where Twilio's REST API is; another address only for a stand-in that speaks its protocol.</summary>
    public Uri? BaseUrl { get; set; }
}
