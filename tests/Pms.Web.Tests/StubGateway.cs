using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Pms.Web.Tests;

/// <summary>Stands in for the gateway: answers queued responses in order and keeps every request it was sent.</summary>
public sealed class StubGateway : HttpMessageHandler
{
    private readonly Queue<Func<Task<HttpResponseMessage>>> _answers = new();
    private readonly Dictionary<(HttpMethod Method, string Path), Queue<Func<Task<HttpResponseMessage>>>> _answersAt = [];

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

    /// <summary>
    /// Answers requests to <paramref name="path"/> (whatever their query) in the order given, repeating the last: for pages whose
    /// parts load side by side, in no fixed order. These answers come before the queued ones.
    /// </summary>
    public StubGateway AnswerAt(HttpMethod method, string path, HttpStatusCode status, object? body = null)
    {
        if (!_answersAt.TryGetValue((method, path), out var answers))
        {
            _answersAt[(method, path)] = answers = new Queue<Func<Task<HttpResponseMessage>>>();
        }

        answers.Enqueue(() => Task.FromResult(Response(status, body)));
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
        if (_answersAt.TryGetValue((request.Method, request.RequestUri.AbsolutePath), out var answersAt))
        {
            return await (answersAt.Count > 1 ? answersAt.Dequeue() : answersAt.Peek())();
        }

        if (!_answers.TryDequeue(out var answer))
        {
            throw new InvalidOperationException($"The stub gateway has no answer for {request.Method} {request.RequestUri}.");
        }

        return await answer();
    }

    private static HttpResponseMessage Response(HttpStatusCode status, object? body) =>
        new(status) { Content = body is null ? null : JsonContent.Create(body) };
}
