using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Pms.Contracts.Audit;
using Pms.Patients.Dtos;
using Pms.Patients.Services;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Patients.Apis;

public static class PatientMergesApi
{
    public static IEndpointRouteBuilder MapPatientMergesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/patients").WithTags("Patient merges").RequireAuthorization().Audited();

        api.MapPost("/{id:guid}/merge", Merge)
            .RequireAuthorization(PmsPolicies.StaffOrAdmin)
            .WithName("MergePatients")
            .WithSummary("Merges a duplicate record into this one: chosen details, identifiers, appointments, documents, and (by event) bills and messages follow.");
        api.MapGet("/{id:guid}/merges", History)
            .RequireAuthorization(PmsPolicies.StaffOrAdmin)
            .WithName("GetPatientMerges")
            .WithSummary("The merges a record took part in, newest first, with how long each can be undone.");
        api.MapPost("/merges/{mergeId:guid}/undo", Undo)
            .RequireAuthorization(PmsPolicies.Admin)
            .WithName("UndoPatientMerge")
            .WithSummary("Restores both records as they were and moves back what the merge moved, within PatientMerges:UndoWindow.");
        return app;
    }

    public static async Task<Results<Created<PatientMergeDto>, ValidationProblem, ProblemHttpResult>> Merge(
        Guid id, MergeRequest request, ClaimsPrincipal user, PatientMerges merges, CancellationToken cancellationToken) =>
        (await merges.MergeAsync(id, request, Caller.From(user), cancellationToken)).ToCreated(merge => $"/api/patients/{merge.SurvivorId}/merges");

    public static async Task<Ok<IReadOnlyList<PatientMergeDto>>> History(Guid id, PatientMerges merges, AuditTrail audit, CancellationToken cancellationToken)
    {
        audit.Record(AuditActions.Read, AuditResources.Patient, id, id);
        return TypedResults.Ok(await merges.HistoryAsync(id, cancellationToken));
    }

    public static async Task<Results<Ok<PatientMergeDto>, ValidationProblem, ProblemHttpResult>> Undo(
        Guid mergeId, ClaimsPrincipal user, PatientMerges merges, CancellationToken cancellationToken) =>
        (await merges.UndoAsync(mergeId, Caller.From(user), cancellationToken)).ToOk();
}
