using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Pms.Testing;

namespace Pms.Notifications.Tests.Infrastructure;

/// <summary>
/// Twilio's Messages API on a real Kestrel server on loopback: Basic authentication with the
/// account's SID and auth token, a form-encoded message, and Twilio's answers — the created message,
/// or its error document. The magic test number +15005550001 is invalid, as with Twilio's test
/// credentials; other errors are queued by the test. Every request is kept with its answer.
/// </summary>
public sealed class FakeTwilio : IAsyncDisposable
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string AuthToken = "the-fake-twilio-auth-token";
    public const string InvalidNumber = "+15005550001";

    /// <summary>Twilio's own messages for the errors it answers with.</summary>
    private static readonly Dictionary<int, string> Messages = new()
    {
        [20003] = "Authenticate",
        [20429] = "Too Many Requests",
        [20500] = "An internal server error has occurred",
        [21211] = "The 'To' number is not a valid phone number.",
        [21610] = "Attempt to send to unsubscribed recipient",
        [21614] = "'To' number is not a valid mobile number",
    };

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, int Code)> _nextAnswers = new();
    private readonly ConcurrentQueue<TwilioExchange> _exchanges = new();

    private FakeTwilio(WebApplication app) => _app = app;

    /// <summary>Every request so far, in the order they came, with the answer each got.</summary>
    public IReadOnlyList<TwilioExchange> Exchanges => [.. _exchanges];

    public Uri BaseUrl => _app.Address();

    public static async Task<FakeTwilio> StartAsync()
    {
        var fake = new FakeTwilio(LoopbackServer.CreateBuilder().Build());
        fake._app.MapPost("/2010-04-01/Accounts/{accountSid}/Messages.json", fake.CreateMessageAsync);
        await fake._app.StartAsync();
        return fake;
    }

    /// <summary>The next message is answered with this Twilio error instead of being created.</summary>
    public void AnswerNextWith(HttpStatusCode status, int code) => _nextAnswers.Enqueue(((int)status, code));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> CreateMessageAsync(string accountSid, HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var sms = new ReceivedSms(form["To"].ToString(), form["From"].ToString(), form["Body"].ToString());
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AccountSid}:{AuthToken}"));
        var (status, code) =
            accountSid != AccountSid || request.Headers.Authorization != expected ? (StatusCodes.Status401Unauthorized, 20003)
            : sms.To == InvalidNumber ? (StatusCodes.Status400BadRequest, 21211)
            : _nextAnswers.TryDequeue(out var answer) ? answer
            : (StatusCodes.Status201Created, 0);
        var sid = status == StatusCodes.Status201Created ? $"SM{Guid.NewGuid():N}" : null;
        _exchanges.Enqueue(new TwilioExchange(sms, status, sid, DateTimeOffset.UtcNow));
        return sid is null ? Error(status, code) : Created(sms, sid);
    }

    private static IResult Created(ReceivedSms sms, string sid) => Results.Json(new Dictionary<string, object?>
    {
        ["sid"] = sid,
        ["account_sid"] = AccountSid,
        ["to"] = sms.To,
        ["from"] = sms.From,
        ["body"] = sms.Body,
        ["status"] = "queued",
        ["num_segments"] = "1",
        ["direction"] = "outbound-api",
        ["api_version"] = "2010-04-01",
        ["uri"] = $"/2010-04-01/Accounts/{AccountSid}/Messages/{sid}.json",
    }, statusCode: StatusCodes.Status201Created);

    private static IResult Error(int status, int code) => Results.Json(new Dictionary<string, object?>
    {
        ["code"] = code,
        ["message"] = Messages[code],
        ["more_info"] = $"https://www.twilio.com/docs/errors/{code}",
        ["status"] = status,
    }, statusCode: status);
}
