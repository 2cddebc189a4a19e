using System.Net;

namespace Pms.Web.Gateway;

/// <summary>A ProblemDetails answer from the gateway, or the gateway not answering at all, as the pages show it.</summary>
public sealed class ApiProblemException(
    HttpStatusCode status,
    string title,
    string? detail = null,
    IReadOnlyDictionary<string, string[]>? errors = null,
    TimeSpan? retryAfter = null,
    string? body = null) : Exception(detail is null ? title : $"{title} {detail}")
{
    public HttpStatusCode Status { get; } = status;

    public string Title { get; } = title;

    public string? Detail { get; } = detail;

    /// <summary>Field errors of a validation problem, keyed by the request's camelCase field names.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors ?? new Dictionary<string, string[]>();

    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The raw problem document, for answers that carry more than the standard fields.</summary>
    public string? Body { get; } = body;

    public static ApiProblemException Unreachable() =>
        new(HttpStatusCode.ServiceUnavailable, "PMS is not reachable right now.", "Please try again in a moment.");

    public static ApiProblemException SessionEnded() =>
        new(HttpStatusCode.Unauthorized, "Your session has ended.", "Please sign in again.");
}
