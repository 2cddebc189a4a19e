using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Pms.Contracts.Audit;
using Pms.Patients.Dtos;
using Pms.Patients.Services;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Patients.Apis;

/// <summary>The check-in queue: who is waiting for which doctor, in consultation, or at the cashier.</summary>
public static class VisitsApi
{
    public static IEndpointRouteBuilder MapVisitsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/visits").WithTags("Waiting room")
            .RequireAuthorization(PmsPolicies.Workforce).Audited();

        api.MapGet("/", Queue)
            .WithName("GetWaitingRoom")
            .WithSummary("Every open visit (Waiting, InConsultation, AtCashier) in order of arrival, optionally of one doctor.");
        api.MapPost("/", CheckIn)
            .RequireAuthorization(PmsPolicies.StaffOrAdmin)
            .WithName("CheckInPatient")
            .WithSummary("Checks a patient in for today's Booked appointment, or as a walk-in to a doctor. 409 when already in the queue.");
        api.MapPost("/doctors/{doctorId:guid}/call-next", CallNext)
            .WithName("CallNextPatient")
            .WithSummary("The doctor's longest-waiting patient goes In consultation: staff, or that doctor. 409 when nobody waits or the doctor is busy.");
        api.MapPost("/{id:guid}/complete", Complete)
            .WithName("CompleteVisit")
            .WithSummary("Ends the consultation (completing the appointment, which charges its fee): At the cashier when something is owed, else Done.");
        api.MapPost("/{id:guid}/close", Close)
            .RequireAuthorization(PmsPolicies.StaffOrAdmin)
            .WithName("CloseVisit")
            .WithSummary("The patient leaves: Done from the cashier, Left from the waiting room unseen.");

        return app;
    }

    public static async Task<Ok<List<VisitDto>>> Queue(Guid? doctorId, VisitQueries visits, AuditTrail audit, CancellationToken cancellationToken)
    {
        var queue = await visits.QueueAsync(doctorId, cancellationToken);
        audit.Record(AuditActions.Search, AuditResources.Visit, null, queue.Select(visit => visit.PatientId));
        return TypedResults.Ok(queue);
    }

    public static async Task<Results<Created<VisitDto>, ValidationProblem, ProblemHttpResult>> CheckIn(
        CheckInRequest request, ClaimsPrincipal user, WaitingRoom waitingRoom, AuditTrail audit, CancellationToken cancellationToken)
    {
        var outcome = await waitingRoom.CheckInAsync(request, Caller.From(user), cancellationToken);
        if (!outcome.IsDone(out _))
        {
            audit.Record(AuditActions.Create, AuditResources.Visit, null, request.PatientId);
        }

        return outcome.ToCreated(visit => $"/api/visits/{visit.Id}");
    }

    public static async Task<Results<Ok<VisitDto>, ValidationProblem, ProblemHttpResult>> CallNext(
        Guid doctorId, ClaimsPrincipal user, WaitingRoom waitingRoom, AuditTrail audit, CancellationToken cancellationToken) =>
        Answer(await waitingRoom.CallNextAsync(doctorId, Caller.From(user), cancellationToken), null, audit);

    public static async Task<Results<Ok<VisitDto>, ValidationProblem, ProblemHttpResult>> Complete(
        Guid id, ClaimsPrincipal user, WaitingRoom waitingRoom, AuditTrail audit, CancellationToken cancellationToken) =>
        Answer(await waitingRoom.CompleteAsync(id, Caller.From(user), cancellationToken), id, audit);

    public static async Task<Results<Ok<VisitDto>, ValidationProblem, ProblemHttpResult>> Close(
        Guid id, WaitingRoom waitingRoom, AuditTrail audit, CancellationToken cancellationToken) =>
        Answer(await waitingRoom.CloseAsync(id, cancellationToken), id, audit);

    private static Results<Ok<VisitDto>, ValidationProblem, ProblemHttpResult> Answer(Outcome<VisitDto> outcome, Guid? id, AuditTrail audit)
    {
        if (!outcome.IsDone(out _))
        {
            audit.Record(AuditActions.Update, AuditResources.Visit, id, null);
        }

        return outcome.ToOk();
    }
}
