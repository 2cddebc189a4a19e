using Microsoft.AspNetCore.Http.HttpResults;
using Pms.Auth.Dtos;
using Pms.Auth.Services;
using Pms.Auth.Services.Mfa;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;
using Pms.ServiceDefaults.RateLimiting;

namespace Pms.Auth.Apis;

public static class MfaApi
{
    public static IEndpointRouteBuilder MapMfaApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/auth").WithTags("Second factor").Audited();

        api.MapPost("/login/mfa", CompleteLogin)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitingExtensions.AuthPolicy)
            .WithName("LoginMfa")
            .WithSummary("The second step of a sign-in: the mfaToken and a TOTP or recovery code give the token pair.");

        // Signed in, or holding an enrolment token as the bearer token: the endpoints tell the two apart themselves.
        api.MapPost("/mfa/totp/setup", Setup)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitingExtensions.AuthPolicy)
            .WithName("SetUpTotp")
            .WithSummary("A new TOTP secret and its otpauth:// URI to scan; it takes effect when a code from it is confirmed.");
        api.MapPost("/mfa/totp/confirm", Confirm)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitingExtensions.AuthPolicy)
            .WithName("ConfirmTotp")
            .WithSummary("Confirms the new secret with a code: ten recovery codes, shown once, and the token pair when enrolling during sign-in.");
        api.MapPost("/users/{id:guid}/mfa-reset", Reset)
            .RequireAuthorization(PmsPolicies.Admin)
            .WithTags("User administration")
            .WithName("ResetUserMfa")
            .WithSummary("Clears an account's second factor (a lost phone); it enrols again at its next sign-in and its sessions end.");
        return app;
    }

    public static async Task<Results<Ok<LoginResponse>, ValidationProblem, ProblemHttpResult>> CompleteLogin(
        MfaLoginRequest request, SessionService sessions, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.MfaToken) || string.IsNullOrWhiteSpace(request.Code))
        {
            return FieldErrors.Of("code", "The mfaToken and a code are required.").ToProblem();
        }

        return (await sessions.CompleteMfaAsync(request.MfaToken, request.Code, cancellationToken)).ToOk();
    }

    public static async Task<Results<Ok<TotpSetupResponse>, ProblemHttpResult>> Setup(HttpContext context, MfaEnrolment enrolment, CancellationToken cancellationToken)
    {
        if (await enrolment.ResolveAsync(context, cancellationToken) is not { } enroller)
        {
            return SessionRefusals.NotValid.ToProblem();
        }

        var (secret, uri) = await enrolment.SetupAsync(enroller.User, cancellationToken);
        return TypedResults.Ok(new TotpSetupResponse(secret, uri));
    }

    public static async Task<Results<Ok<TotpConfirmResponse>, ValidationProblem, ProblemHttpResult>> Confirm(
        TotpConfirmRequest request, HttpContext context, MfaEnrolment enrolment, CancellationToken cancellationToken)
    {
        if (await enrolment.ResolveAsync(context, cancellationToken) is not { } enroller)
        {
            return SessionRefusals.NotValid.ToProblem();
        }

        if (string.IsNullOrWhiteSpace(request.Code))
        {
            return FieldErrors.Of("code", "The 6-digit code from the authenticator app is required.").ToProblem();
        }

        return (await enrolment.ConfirmAsync(enroller, request.Code, cancellationToken)).ToOk();
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Reset(Guid id, MfaEnrolment enrolment, CancellationToken cancellationToken) =>
        await enrolment.ResetAsync(id, cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem(title: "No such account.", statusCode: StatusCodes.Status404NotFound);
}
