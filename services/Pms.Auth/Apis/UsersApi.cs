using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Pms.Auth.Dtos;
using Pms.Auth.Services;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Auth.Apis;

public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/auth/users").WithTags("User administration")
            .RequireAuthorization(PmsPolicies.Admin).Audited();

        api.MapGet("/", ListUsers)
            .WithName("ListUsers")
            .WithSummary("Accounts by email, filtered by role, status (Active/Locked) and a search of name and email.");
        api.MapPost("/", CreateUser)
            .WithName("CreateUser")
            .WithSummary("Creates a Staff, Doctor or Admin account.");
        api.MapPut("/{id:guid}/roles", SetRoles)
            .WithName("SetUserRoles")
            .WithSummary("Replaces an account's roles; its sessions end.");
        api.MapPost("/{id:guid}/lock", Lock)
            .WithName("LockUser")
            .WithSummary("Locks an account until it is unlocked, with an optional reason kept in the audit log; its sessions end.");
        api.MapPost("/{id:guid}/unlock", Unlock)
            .WithName("UnlockUser")
            .WithSummary("Unlocks an account, including one locked by failed sign-ins.");

        return app;
    }

    public static async Task<Ok<PagedResult<UserDto>>> ListUsers(
        UserAdministration administration, string? role, string? status, string? search, int? page, int? pageSize, CancellationToken cancellationToken) =>
        TypedResults.Ok(await administration.ListAsync(role, status, search, page, pageSize, cancellationToken));

    public static async Task<Results<Created<UserDto>, ValidationProblem, ProblemHttpResult>> CreateUser(
        CreateUserRequest request, UserAdministration administration, CancellationToken cancellationToken) =>
        (await administration.CreateAsync(request, cancellationToken)).ToCreated(user => $"/api/auth/users/{user.Id}");

    public static async Task<Results<Ok<UserDto>, ValidationProblem, ProblemHttpResult>> SetRoles(
        Guid id, SetRolesRequest request, ClaimsPrincipal admin, UserAdministration administration, CancellationToken cancellationToken) =>
        (await administration.SetRolesAsync(id, admin.GetUserId(), request, cancellationToken)).ToOk();

    public static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Lock(
        Guid id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] LockRequest? request, ClaimsPrincipal admin, UserAdministration administration,
        CancellationToken cancellationToken) =>
        SetLocked(id, admin, administration, locked: true, request?.Reason, cancellationToken);

    public static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Unlock(
        Guid id, ClaimsPrincipal admin, UserAdministration administration, CancellationToken cancellationToken) =>
        SetLocked(id, admin, administration, locked: false, reason: null, cancellationToken);

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SetLocked(
        Guid id, ClaimsPrincipal admin, UserAdministration administration, bool locked, string? reason, CancellationToken cancellationToken) =>
        (await administration.SetLockedAsync(id, admin.GetUserId(), locked, reason, cancellationToken)).ToResult(_ => TypedResults.NoContent());
}
