using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pms.Contracts;
using Pms.Contracts.Audit;
using Pms.Patients.Dtos;
using Pms.Patients.Infrastructure;
using Pms.Patients.Services;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Patients.Apis;

public static class PatientsApi
{
    public static IEndpointRouteBuilder MapPatientsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/patients").WithTags("Patients").RequireAuthorization().Audited();

        api.MapPost("/", RegisterWalkIn)
            .RequireAuthorization(PmsPolicies.StaffOrAdmin)
            .WithName("RegisterWalkInPatient")
            .WithSummary("Registers a patient at the desk and charges the registration fee; 409 lists likely duplicates unless allowDuplicate=true.");
        api.MapGet("/", Search)
            .RequireAuthorization(PmsPolicies.Workforce)
            .WithName("SearchPatients")
            .WithSummary("Pages of patients matching a name (partial, accents ignored), MRN, phone or email.");
        api.MapGet("/identifier-types", IdentifierTypes)
            .RequireAuthorization(PmsPolicies.AnyPerson)
            .WithName("GetIdentifierTypes")
            .WithSummary("The kinds of identifier records hold here, with their format and an example.");
        api.MapGet("/me", GetOwnRecord)
            .RequireAuthorization(PmsPolicies.Patient)
            .WithName("GetOwnPatientRecord")
            .WithSummary("The signed-in patient's own record.");
        api.MapGet("/{id:guid}", GetById)
            .RequireAuthorization(PmsPolicies.AnyPerson)
            .WithName("GetPatient")
            .WithSummary("A patient's record; a patient reaches only their own.");
        api.MapPut("/{id:guid}", Update)
            .RequireAuthorization(PmsPolicies.PatientOrStaff)
            .WithName("UpdatePatient")
            .WithSummary("Replaces a record's details; a patient may change only their own contact details.");

        return app;
    }

    public static async Task<Results<Created<RegisteredPatientResponse>, ValidationProblem, Conflict<DuplicatesProblem>, ProblemHttpResult>> RegisterWalkIn(
        PatientDetailsRequest request, WalkInRegistration registration, CancellationToken cancellationToken, bool allowDuplicate = false) =>
        // The one answer whose 409 lists the records the new one probably duplicates.
        (await registration.RegisterAsync(request, allowDuplicate, cancellationToken)).Match<Results<Created<RegisteredPatientResponse>, ValidationProblem, Conflict<DuplicatesProblem>, ProblemHttpResult>>(
            answer => answer switch
            {
                WalkInAnswer.Registered registered => TypedResults.Created($"/api/patients/{registered.Patient.Id}", registered.Patient),
                WalkInAnswer.PossibleDuplicates duplicates => TypedResults.Conflict(new DuplicatesProblem(duplicates.Candidates)),
                _ => throw new InvalidOperationException($"Unexpected answer {answer}."),
            },
            errors => TypedResults.ValidationProblem(errors),
            refusal => refusal.ToProblem());

    public static Ok<IReadOnlyList<IdentifierTypeDto>> IdentifierTypes(IOptions<IdentifierOptions> identifiers) =>
        TypedResults.Ok<IReadOnlyList<IdentifierTypeDto>>(
            [.. identifiers.Value.Rules.Select(rule => new IdentifierTypeDto(rule.Key, rule.Value.Label, rule.Value.System, rule.Value.Pattern, rule.Value.Example))]);

    public static async Task<Ok<PagedResult<PatientDto>>> Search(
        PatientSearch patients, AuditTrail audit, string? search, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var found = await patients.SearchAsync(search, page, pageSize, cancellationToken);
        audit.Record(AuditActions.Search, AuditResources.Patient, null, found.Items.Select(patient => patient.Id));
        return TypedResults.Ok(found);
    }

    public static async Task<Results<Ok<PatientDto>, NotFound<ProblemDetails>>> GetOwnRecord(
        ClaimsPrincipal user, PatientDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        var userId = user.GetUserId();
        var patient = await db.Patients.AsNoTracking().SingleOrDefaultAsync(candidate => candidate.AuthUserId == userId, cancellationToken);
        if (patient is not null)
        {
            audit.Record(AuditActions.Read, AuditResources.Patient, patient.Id, patient.Id);
        }

        return patient is null
            ? TypedResults.NotFound(new ProblemDetails
            {
                Title = "Your patient record is not ready yet.",
                Detail = "It is created moments after registration; try again shortly.",
                Status = StatusCodes.Status404NotFound,
            })
            : TypedResults.Ok(PatientDto.From(patient));
    }

    public static async Task<Results<Ok<PatientDto>, NotFound<ProblemDetails>>> GetById(
        Guid id, ClaimsPrincipal user, PatientDbContext db, AuditTrail audit, CancellationToken cancellationToken)
    {
        audit.Record(AuditActions.Read, AuditResources.Patient, id, id);
        var patient = await db.Patients.AsNoTracking().SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        var ownRecordOnly = OwnRecordOnly(user);
        return patient is null || (ownRecordOnly is not null && patient.AuthUserId != ownRecordOnly)
            ? TypedResults.NotFound(NoSuchPatient())
            : TypedResults.Ok(PatientDto.From(patient));
    }

    public static async Task<Results<Ok<PatientDto>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, PatientDetailsRequest request, ClaimsPrincipal user, PatientUpdates updates, CancellationToken cancellationToken) =>
        (await updates.UpdateAsync(id, request, OwnRecordOnly(user), cancellationToken)).ToOk();

    /// <summary>A caller who is only a patient reaches only the record of their own account.</summary>
    private static Guid? OwnRecordOnly(ClaimsPrincipal user) =>
        user.IsInRole(PmsRoles.Staff) || user.IsInRole(PmsRoles.Admin) || user.IsInRole(PmsRoles.Doctor) ? null : user.GetUserId();

    private static ProblemDetails NoSuchPatient() => new() { Title = "No such patient.", Status = StatusCodes.Status404NotFound };
}
