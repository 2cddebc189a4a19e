using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Pms.Notifications.Tests.Infrastructure;

/// <summary>
/// Twilio's Messages API on a real Kestrel server on loopback: Basic authentication with the
/// account's SID and auth token, a form-encoded message, and Twilio's answers — the created message,
/// or its error document. The magic test number +15005550001 is invalid, as with Twilio's test
/// credentials; other errors are queued by the test.
/// </summary>
public sealed class FakeTwilio : IAsyncDisposable
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string AuthToken = "the-fake-twilio-auth-token";
    public const string InvalidNumber = "+15005550001";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, int Code)> _nextAnswers = new();

    private FakeTwilio(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedSms> Received { get; } = new();

    public Uri BaseUrl => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public static async Task<FakeTwilio> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var fake = new FakeTwilio(builder.Build());
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
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AccountSid}:{AuthToken}"));
        if (accountSid != AccountSid || request.Headers.Authorization != expected)
        {
            return Error(StatusCodes.Status401Unauthorized, 20003, "Authenticate");
        }

        var form = await request.ReadFormAsync();
        var sms = new ReceivedSms(form["To"].ToString(), form["From"].ToString(), form["Body"].ToString(), $"SM{Guid.NewGuid():N}");
        if (sms.To == InvalidNumber)
        {
            return Error(StatusCodes.Status400BadRequest, 21211, $"The 'To' number {sms.To} is not a valid phone number.");
        }

        if (_nextAnswers.TryDequeue(out var answer))
        {
            return Error(answer.Status, answer.Code, "A queued failure.");
        }

        Received.Enqueue(sms);
        return Results.Json(new Dictionary<string, object?>
        {
            ["sid"] = sms.Sid,
            ["account_sid"] = AccountSid,
            ["to"] = sms.To,
            ["from"] = sms.From,
            ["body"] = sms.Body,
            ["status"] = "queued",
            ["num_segments"] = "1",
            ["direction"] = "outbound-api",
            ["api_version"] = "2010-04-01",
            ["uri"] = $"/2010-04-01/Accounts/{AccountSid}/Messages/{sms.Sid}.json",
        }, statusCode: StatusCodes.Status201Created);
    }

    private static IResult Error(int status, int code, string message) => Results.Json(new Dictionary<string, object?>
    {
        ["code"] = code,
        ["message"] = message,
        ["more_info"] = $"https://www.twilio.com/docs/errors/{code}",
        ["status"] = status,
    }, statusCode: status);
}
