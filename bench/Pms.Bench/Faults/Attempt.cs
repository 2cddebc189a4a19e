using System.Net;
using System.Net.Sockets;

namespace Pms.Bench.Faults;

/// <summary>What one request came to, as the client saw it: a status code, a timeout, or a connection failure.</summary>
public sealed record Attempt(DateTimeOffset StartedAt, DateTimeOffset EndedAt, int? Status, string Outcome)
{
    public bool Answered(HttpStatusCode expected) => Status == (int)expected;

    /// <summary>A failure a client can retry: the server's fault or no answer at all (not a 4xx).</summary>
    public bool Retryable => Status is null or >= 500;

    public static async Task<(Attempt Attempt, HttpResponseMessage? Response)> SendAsync(
        HttpClient client, Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(FaultProfile.RequestTimeout);
        try
        {
            using var message = request();
            var response = await client.SendAsync(message, timeout.Token);
            var outcome = $"HTTP {(int)response.StatusCode}";
            if ((int)response.StatusCode >= 500 && (await response.Content.ReadAsStringAsync(timeout.Token)).Contains("   at ", StringComparison.Ordinal))
            {
                outcome += " with a stack trace";
            }

            return (new Attempt(started, DateTimeOffset.UtcNow, (int)response.StatusCode, outcome), response);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (new Attempt(started, DateTimeOffset.UtcNow, null, "timeout"), null);
        }
        catch (HttpRequestException exception)
        {
            var reason = exception.InnerException is SocketException socket ? socket.SocketErrorCode.ToString() : exception.HttpRequestError.ToString();
            return (new Attempt(started, DateTimeOffset.UtcNow, null, $"connection {reason}"), null);
        }
    }
}
