using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Pms.Auth.Dtos;
using Pms.Auth.Services;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;
using Pms.ServiceDefaults.RateLimiting;

namespace Pms.Auth.Apis;

public static class PasswordsApi
{
    public static IEndpointRouteBuilder MapPasswordsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/auth").WithTags("Passwords").Audited();

        api.MapPost("/password", Change)
            .RequireAuthorization(PmsPolicies.AnyPerson)
            .WithName("ChangePassword")
            .WithSummary("Changes the signed-in account's password; its other sessions end.");
        api.MapPost("/password/forgot", Forgot)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitingExtensions.AuthPolicy)
            .WithName("ForgotPassword")
            .WithSummary("Emails a single-use reset link valid 30 minutes when the account exists; the answer is 202 either way.");
        api.MapPost("/password/reset", Reset)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitingExtensions.AuthPolicy)
            .WithName("ResetPassword")
            .WithSummary("Sets a new password with the emailed token; every session of the account ends.");
        api.MapPost("/users/{id:guid}/password-reset", AdminReset)
            .RequireAuthorization(PmsPolicies.Admin)
            .WithTags("User administration")
            .WithName("SendPasswordReset")
            .WithSummary("Sends the account its reset email; the administrator never sees or sets the password.");
        return app;
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Change(
        ChangePasswordRequest request, ClaimsPrincipal user, Passwords passwords, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.CurrentPassword) || string.IsNullOrEmpty(request.NewPassword))
        {
            return FieldErrors.Of("newPassword", "The current and the new password are required.").ToProblem();
        }

        var sessionId = Guid.TryParse(user.FindFirstValue(AccessTokenIssuer.SessionClaim), out var sid) ? sid : (Guid?)null;
        return (await passwords.ChangeAsync(user.GetUserId(), sessionId, request.CurrentPassword, request.NewPassword, cancellationToken))
            .ToResult(_ => TypedResults.NoContent());
    }

    public static async Task<Results<Accepted, ValidationProblem>> Forgot(ForgotPasswordRequest request, Passwords passwords, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || request.Email.Length > 256)
        {
            return FieldErrors.Of("email", "The account's email address is required.").ToProblem();
        }

        await passwords.RequestResetAsync(request.Email, cancellationToken);
        return TypedResults.Accepted((string?)null);
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Reset(ResetPasswordRequest request, Passwords passwords, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Token) || string.IsNullOrEmpty(request.NewPassword))
        {
            return FieldErrors.Of("token", "The token from the email and a new password are required.").ToProblem();
        }

        return (await passwords.ResetAsync(request.Token, request.NewPassword, cancellationToken)).ToResult(_ => TypedResults.NoContent());
    }

    public static async Task<Results<Accepted, ProblemHttpResult>> AdminReset(Guid id, Passwords passwords, CancellationToken cancellationToken) =>
        await passwords.RequestResetForAsync(id, cancellationToken)
            ? TypedResults.Accepted((string?)null)
            : UserAdministration.NoSuchAccount.ToProblem();
}
