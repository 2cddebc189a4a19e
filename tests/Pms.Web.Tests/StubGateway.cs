using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Pms.Web.Tests;

/// <summary>Stands in for the gateway: answers queued responses in order and keeps every request it was sent.</summary>
public sealed class StubGateway : HttpMessageHandler
{
    private readonly Queue<Func<Task<HttpResponseMessage>>> _answers = new();

    public List<RecordedRequest> Requests { get; } = [];

    public StubGateway Answer(HttpStatusCode status, object? body = null)
    {
        _answers.Enqueue(() => Task.FromResult(Response(status, body)));
        return this;
    }

    /// <summary>An answer that arrives only once <paramref name="arrival"/> completes: a slow gateway, for what the page does meanwhile.</summary>
    public StubGateway AnswerWhen(Task arrival, HttpStatusCode status, object? body = null)
    {
        _answers.Enqueue(async () =>
        {
            await arrival;
            return Response(status, body);
        });
        return this;
    }

    public StubGateway AnswerProblem(HttpStatusCode status, string title, string? detail = null, object? errors = null, TimeSpan? retryAfter = null)
    {
        _answers.Enqueue(() =>
        {
            var problem = new HttpResponseMessage(status)
            {
                Content = new StringContent(
                    System.Text.Json.JsonSerializer.Serialize(new { title, detail, status = (int)status, errors }), Encoding.UTF8, "application/problem+json"),
            };
            if (retryAfter is { } wait)
            {
                problem.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(wait);
            }

            return Task.FromResult(problem);
        });
        return this;
    }

    public StubGateway Unreachable()
    {
        _answers.Enqueue(() => Task.FromException<HttpResponseMessage>(new HttpRequestException("Connection refused.")));
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(request.Method, request.RequestUri!.PathAndQuery, body, request.Headers.ToDictionary(
            header => header.Key, header => string.Join(",", header.Value), StringComparer.OrdinalIgnoreCase)));
        if (!_answers.TryDequeue(out var answer))
        {
            throw new InvalidOperationException($"The stub gateway has no answer for {request.Method} {request.RequestUri}.");
        }

        return await answer();
    }

    private static HttpResponseMessage Response(HttpStatusCode status, object? body) =>
        new(status) { Content = body is null ? null : JsonContent.Create(body) };
}
