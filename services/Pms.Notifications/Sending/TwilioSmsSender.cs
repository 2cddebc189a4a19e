using Microsoft.Extensions.Options;
using Pms.Notifications.Services;
using Twilio.Clients;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Pms.Notifications.Sending;

/// <summary>SMS through Twilio, with the account from the AppHost's parameters.</summary>
public sealed class TwilioSmsSender(IOptions<NotificationOptions> options) : ISmsSender
{
    private readonly TwilioRestClient _client = new(options.Value.Twilio.AccountSid, options.Value.Twilio.AuthToken);

    public async Task<string> SendAsync(string to, string body, CancellationToken cancellationToken)
    {
        var message = await MessageResource.CreateAsync(
            to: new PhoneNumber(to), from: new PhoneNumber(options.Value.Twilio.FromNumber), body: body, client: _client);
        return message.Sid;
    }
}
