using Microsoft.Extensions.Options;
using Pms.Notifications.Services;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Pms.Notifications.Sending;

/// <summary>
/// SMS through Twilio's REST API, with the account from the AppHost's parameters. Twilio's own answer
/// decides what happens next: a number it will never send to fails the message at once; bad credentials
/// are an error for an operator to fix (the message is retried meanwhile); anything else is retried.
/// Its HTTP client retries nothing itself: the dispatcher owns retries, each an attempt in the delivery
/// log, and a hidden retry of the POST could send a message twice.
/// </summary>
public sealed partial class TwilioSmsSender : ISmsSender, IDisposable
{
    /// <summary>Twilio's errors for a recipient no retry will reach.</summary>
    private static readonly Dictionary<int, string> RefusedRecipients = new()
    {
        [21211] = "it is not a valid phone number",
        [21614] = "it is not a mobile number",
        [21610] = "its owner has unsubscribed",
    };

    private const int AuthenticationFailedCode = 20003;

    private readonly System.Net.Http.HttpClient _http;
    private readonly TwilioRestClient _client;
    private readonly TwilioOptions _twilio;
    private readonly SmsMetrics _metrics;
    private readonly ILogger<TwilioSmsSender> _logger;

    public TwilioSmsSender(IOptions<NotificationOptions> options, SmsMetrics metrics, ILogger<TwilioSmsSender> logger)
    {
        _twilio = options.Value.Twilio;
        _metrics = metrics;
        _logger = logger;
        _http = CreateHttpClient(_twilio);
        _client = new TwilioRestClient(_twilio.AccountSid, _twilio.AuthToken, httpClient: new SystemNetHttpClient(_http));
    }

    public async Task<string> SendAsync(string to, string body, CancellationToken cancellationToken)
    {
        try
        {
            var message = await MessageResource.CreateAsync(to: new PhoneNumber(to), from: new PhoneNumber(_twilio.FromNumber), body: body, client: _client);
            return message.Sid;
        }
        catch (ApiException exception) when (RefusedRecipients.TryGetValue(exception.Code, out var reason))
        {
            throw new UndeliverableException($"Twilio will not send to this number: {reason} (error {exception.Code}).");
        }
        catch (ApiException exception) when (exception.Code == AuthenticationFailedCode)
        {
            _metrics.CountCredentialsRefused("twilio");
            LogAuthenticationFailed(_logger, exception.Code);
            throw;
        }
    }

    public void Dispose() => _http.Dispose();

    private static System.Net.Http.HttpClient CreateHttpClient(TwilioOptions twilio)
    {
        HttpMessageHandler handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (twilio.BaseUrl is { } baseUrl)
        {
            handler = new BaseAddressHandler(baseUrl) { InnerHandler = handler };
        }

        return new System.Net.Http.HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Twilio refused the account's credentials (error {Code}): no SMS can be sent until Notifications:Twilio is corrected")]
    private static partial void LogAuthenticationFailed(ILogger logger, int code);
}
