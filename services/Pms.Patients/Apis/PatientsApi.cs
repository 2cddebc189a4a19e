using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pms.Contracts;
using Pms.Patients.Infrastructure;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Patients.Apis;

public static class PatientsApi
{
    public static IEndpointRouteBuilder MapPatientsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/patients").WithTags("Patients").RequireAuthorization();

        api.MapGet("/me", GetOwnRecord)
            .RequireAuthorization(policy => policy.RequireRole(PmsRoles.Patient))
            .WithName("GetOwnPatientRecord")
            .WithSummary("The signed-in patient's own record.");

        return app;
    }

    public static async Task<Results<Ok<PatientDto>, NotFound<ProblemDetails>>> GetOwnRecord(
        ClaimsPrincipal user, PatientDbContext db, CancellationToken cancellationToken)
    {
        var userId = user.GetUserId();
        var patient = await db.Patients.AsNoTracking()
            .Where(candidate => candidate.AuthUserId == userId)
            .Select(found => new PatientDto(found.Id, found.Mrn, found.FirstName, found.LastName, found.DateOfBirth,
                found.Email, found.PhoneNumber, found.CreatedAt, found.UpdatedAt))
            .SingleOrDefaultAsync(cancellationToken);

        return patient is null
            ? TypedResults.NotFound(new ProblemDetails
            {
                Title = "Your patient record is not ready yet.",
                Detail = "It is created moments after registration; try again shortly.",
                Status = StatusCodes.Status404NotFound,
            })
            : TypedResults.Ok(patient);
    }
}
