using Microsoft.AspNetCore.Http.HttpResults;
using Pms.Auth.Dtos;
using Pms.Auth.Services;
using Pms.Contracts;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Auth.Apis;

/// <summary>
/// The doctors' accounts, for staff who give a doctor a bookable profile at patient-service. Only
/// administrators see every account (<see cref="UsersApi"/>).
/// </summary>
public static class DoctorAccountsApi
{
    public static IEndpointRouteBuilder MapDoctorAccountsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/auth/doctors", ListDoctorAccounts)
            .RequireAuthorization(PmsPolicies.StaffOrAdmin)
            .WithTags("Doctor accounts")
            .WithName("ListDoctorAccounts")
            .WithSummary("Active accounts with the Doctor role (id, email, name), by email, with an optional search of name and email.");
        return app;
    }

    public static async Task<Ok<PagedResult<DoctorAccountDto>>> ListDoctorAccounts(
        UserAdministration administration, string? search, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var accounts = await administration.ListAsync(PmsRoles.Doctor, UserAdministration.Active, search, page, pageSize, cancellationToken);
        return TypedResults.Ok(new PagedResult<DoctorAccountDto>(
            [.. accounts.Items.Select(DoctorAccountDto.From)], accounts.Page, accounts.PageSize, accounts.TotalCount));
    }
}
