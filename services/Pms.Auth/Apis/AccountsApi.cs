using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Pms.Auth.Dtos;
using Pms.Auth.Model;
using Pms.Auth.Services;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;
using Pms.ServiceDefaults.RateLimiting;

namespace Pms.Auth.Apis;

public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/auth").WithTags("Accounts").Audited();

        api.MapPost("/register", Register)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitingExtensions.AuthPolicy)
            .WithName("Register")
            .WithSummary("Creates a Patient account; the patient record follows by event.");
        api.MapPost("/login", Login)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitingExtensions.AuthPolicy)
            .WithName("Login")
            .WithSummary("Exchanges email and password for an access token and a refresh token.");
        api.MapPost("/refresh", Refresh)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitingExtensions.AuthPolicy)
            .WithName("Refresh")
            .WithSummary("Exchanges a refresh token for a new pair; the old one stops working.");
        api.MapPost("/logout", Logout)
            .RequireAuthorization(PmsPolicies.AnyPerson)
            .WithName("Logout")
            .WithSummary("Revokes the session the refresh token belongs to.");
        api.MapGet("/me", GetMe)
            .RequireAuthorization(PmsPolicies.AnyPerson)
            .WithName("GetMe")
            .WithSummary("The signed-in person's account.");

        return app;
    }

    public static async Task<Results<Created<RegisterResponse>, ValidationProblem, ProblemHttpResult>> Register(
        RegisterRequest request, PatientAccountRegistration registration, CancellationToken cancellationToken)
    {
        var outcome = await registration.RegisterAsync(request, cancellationToken);
        return outcome.ToCreated(registered => $"/api/auth/users/{registered.UserId}");
    }

    public static async Task<Results<Ok<LoginResponse>, ValidationProblem, ProblemHttpResult>> Login(
        LoginRequest request, SessionService sessions, HttpResponse response, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            return FieldErrors.Of("credentials", "Email and password are required.").ToProblem();
        }

        var outcome = await sessions.LoginAsync(request.Email, request.Password, cancellationToken);
        if (outcome is Outcome<LoginResponse>.Refused { Refusal.Kind: RefusalKind.TooManyRequests })
        {
            response.Headers.RetryAfter = ((int)PasswordWork.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        return outcome.ToOk();
    }

    public static async Task<Results<Ok<LoginResponse>, ValidationProblem, ProblemHttpResult>> Refresh(
        RefreshRequest request, SessionService sessions, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.RefreshToken))
        {
            return FieldErrors.Of("refreshToken", "The refresh token is required.").ToProblem();
        }

        return (await sessions.RefreshAsync(request.RefreshToken, cancellationToken)).ToOk();
    }

    public static async Task<Results<NoContent, ValidationProblem>> Logout(
        RefreshRequest request, ClaimsPrincipal user, SessionService sessions, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.RefreshToken))
        {
            return FieldErrors.Of("refreshToken", "The refresh token is required.").ToProblem();
        }

        await sessions.LogoutAsync(user.GetUserId(), request.RefreshToken, cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<MeResponse>, NotFound>> GetMe(ClaimsPrincipal principal, UserManager<PmsUser> users)
    {
        var user = await users.FindByIdAsync(principal.GetUserId().ToString());
        if (user is null)
        {
            return TypedResults.NotFound();
        }

        var roles = await users.GetRolesAsync(user);
        return TypedResults.Ok(new MeResponse(user.Id, user.Email ?? "", user.FirstName, user.LastName, [.. roles.Order(StringComparer.Ordinal)]));
    }
}
