using Microsoft.AspNetCore.Http.HttpResults;
using Pms.Auth.Dtos;
using Pms.Auth.Services;

namespace Pms.Auth.Apis;

/// <summary>One answer per sign-in outcome; every refusal is the same 401, whatever its cause.</summary>
public static class SessionAnswers
{
    public static Results<Ok<LoginResponse>, ValidationProblem, ProblemHttpResult> From(SessionOutcome outcome) => outcome switch
    {
        SessionOutcome.Issued issued => TypedResults.Ok(LoginResponse.Tokens(issued.Tokens)),
        SessionOutcome.MfaRequired mfa => TypedResults.Ok(new LoginResponse { MfaRequired = true, MfaToken = mfa.MfaToken }),
        SessionOutcome.EnrollmentRequired enrollment => TypedResults.Ok(new LoginResponse { MfaEnrollmentRequired = true, EnrollmentToken = enrollment.EnrollmentToken }),
        SessionOutcome.Refused => Refused(),
        SessionOutcome.Busy => TypedResults.Problem(
            title: "Sign-in is busy.",
            detail: $"Too many people are signing in at this moment; try again in {PasswordWork.RetryAfter.TotalSeconds:0} second.",
            statusCode: StatusCodes.Status429TooManyRequests),
        _ => throw new InvalidOperationException($"Unexpected session outcome {outcome}."),
    };

    public static ProblemHttpResult Refused() => TypedResults.Problem(
        title: "The email, password, code or token is not valid.",
        detail: "Check them and try again; after several failed attempts, sign-in from this address waits a while.",
        statusCode: StatusCodes.Status401Unauthorized);
}
