using Microsoft.AspNetCore.Http.HttpResults;
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
        _ => throw new InvalidOperationException($"Unexpected session outcome {outcome}."),
    };

    public static ProblemHttpResult Refused() => TypedResults.Problem(
        title: "The email, password, code or token is not valid.",
        detail: "Check them and try again; after several failed attempts, sign-in from this address waits a while.",
        statusCode: StatusCodes.Status401Unauthorized);
}
