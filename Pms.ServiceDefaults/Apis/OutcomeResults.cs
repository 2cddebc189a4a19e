using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Pms.ServiceDefaults.Apis;

/// <summary>The one mapping of outcomes to HTTP: field errors are a 400 ValidationProblem, a refusal a ProblemDetails of its kind's status.</summary>
public static class OutcomeResults
{
    public static Results<TDone, ValidationProblem, ProblemHttpResult> ToResult<T, TDone>(this Outcome<T> outcome, Func<T, TDone> done)
        where TDone : IResult =>
        outcome.Match<Results<TDone, ValidationProblem, ProblemHttpResult>>(
            value => done(value), errors => TypedResults.ValidationProblem(errors), refusal => refusal.ToProblem());

    public static Results<Ok<T>, ValidationProblem, ProblemHttpResult> ToOk<T>(this Outcome<T> outcome) => outcome.ToResult(TypedResults.Ok);

    public static Results<Created<T>, ValidationProblem, ProblemHttpResult> ToCreated<T>(this Outcome<T> outcome, Func<T, string> location) =>
        outcome.ToResult(value => TypedResults.Created(location(value), value));

    /// <summary>For a use case without input to validate (a read, a delete): its answer or its refusal.</summary>
    public static Results<TDone, ProblemHttpResult> ToResultOrProblem<T, TDone>(this Outcome<T> outcome, Func<T, TDone> done)
        where TDone : IResult =>
        outcome.Match<Results<TDone, ProblemHttpResult>>(
            value => done(value),
            errors => throw new InvalidOperationException($"A use case without input reported field errors: {string.Join(", ", errors.Keys)}."),
            refusal => refusal.ToProblem());

    public static ValidationProblem ToProblem(this FieldErrors errors) => TypedResults.ValidationProblem(errors.Errors);

    public static ProblemHttpResult ToProblem(this Refusal refusal) =>
        TypedResults.Problem(title: refusal.Title, detail: refusal.Detail, statusCode: refusal.Kind.StatusCode());

    public static int StatusCode(this RefusalKind kind) => kind switch
    {
        RefusalKind.BadRequest => StatusCodes.Status400BadRequest,
        RefusalKind.Unauthorized => StatusCodes.Status401Unauthorized,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.Conflict => StatusCodes.Status409Conflict,
        RefusalKind.PayloadTooLarge => StatusCodes.Status413PayloadTooLarge,
        RefusalKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        RefusalKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
        RefusalKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
        RefusalKind.BadGateway => StatusCodes.Status502BadGateway,
        RefusalKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown refusal kind."),
    };
}
