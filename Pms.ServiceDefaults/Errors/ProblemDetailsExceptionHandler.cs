using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Pms.ServiceDefaults.Errors;

/// <summary>
/// The one place where an unhandled failure becomes a ProblemDetails answer: bad input the
/// framework rejects keeps its 400, a <see cref="KnownFailure"/> gets its answer (a concurrency
/// conflict is a 409, a database out of reach a 503), everything else is a 500 without internals.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails,
    IEnumerable<KnownFailure> knownFailures,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var known = knownFailures.FirstOrDefault(failure => failure.Matches(exception));
        var (status, title) = exception switch
        {
            BadHttpRequestException badRequest => (badRequest.StatusCode, "The request is malformed."),
            _ when known is not null => (known.Status, known.Title),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => (499, "The request was cancelled."),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred."),
        };

        // A known failure on the server's side (the database out of reach during a restart) is answered for what it is and
        // visible elsewhere (health checks, the driver's own log): a warning per request, so that errors stay the unknown ones.
        if (status >= StatusCodes.Status500InternalServerError && known is not null)
        {
            LogKnownFailure(logger, exception, httpContext.TraceIdentifier, status, title);
        }
        else if (status >= StatusCodes.Status500InternalServerError)
        {
            LogUnhandled(logger, exception, httpContext.TraceIdentifier);
        }

        httpContext.Response.StatusCode = status;
        if (known?.RetryAfter is { } retryAfter)
        {
            httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title },
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request {TraceIdentifier} answered {Status}: {Title}")]
    private static partial void LogKnownFailure(ILogger logger, Exception exception, string traceIdentifier, int status, string title);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for request {TraceIdentifier}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string traceIdentifier);
}
