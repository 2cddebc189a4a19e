using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Pms.Billing.Dtos;
using Pms.Billing.Services;
using Pms.Contracts.Audit;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Billing.Apis;

public static class CoveragesApi
{
    public static IEndpointRouteBuilder MapCoveragesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/billing/patients/{patientId:guid}/coverages").WithTags("Coverages").RequireAuthorization().Audited();

        api.MapGet("/", List).RequireAuthorization(PmsPolicies.PatientOrStaff)
            .WithName("ListCoverages").WithSummary("A patient's insurance coverages, primary first; a patient sees only their own.");
        api.MapPost("/", Add).RequireAuthorization(PmsPolicies.StaffOrAdmin)
            .WithName("AddCoverage").WithSummary("Adds a coverage with an active payer; at most one of each priority may be in force on a day.");
        api.MapPut("/{coverageId:guid}", Change).RequireAuthorization(PmsPolicies.StaffOrAdmin)
            .WithName("ChangeCoverage").WithSummary("Changes a coverage, e.g. sets its last day when the patient changes insurer.");

        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<CoverageDto>>, ProblemHttpResult>> List(
        Guid patientId, ClaimsPrincipal user, Coverages coverages, AuditTrail audit, CancellationToken cancellationToken)
    {
        audit.Record(AuditActions.Read, AuditResources.Coverage, null, patientId);
        return await coverages.ListAsync(patientId, Caller.From(user), cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : Coverages.NoSuchPatient.ToProblem();
    }

    public static async Task<Results<Created<CoverageDto>, ValidationProblem, ProblemHttpResult>> Add(
        Guid patientId, CoverageRequest request, Coverages coverages, AuditTrail audit, CancellationToken cancellationToken)
    {
        var outcome = await coverages.AddAsync(patientId, request, cancellationToken);
        if (!outcome.IsDone(out _))
        {
            audit.Record(AuditActions.Create, AuditResources.Coverage, null, patientId);
        }

        return outcome.ToCreated(coverage => $"/api/billing/patients/{patientId}/coverages/{coverage.Id}");
    }

    public static async Task<Results<Ok<CoverageDto>, ValidationProblem, ProblemHttpResult>> Change(
        Guid patientId, Guid coverageId, CoverageRequest request, Coverages coverages, AuditTrail audit, CancellationToken cancellationToken)
    {
        var outcome = await coverages.ChangeAsync(patientId, coverageId, request, cancellationToken);
        if (!outcome.IsDone(out _))
        {
            audit.Record(AuditActions.Update, AuditResources.Coverage, coverageId, patientId);
        }

        return outcome.ToOk();
    }
}
