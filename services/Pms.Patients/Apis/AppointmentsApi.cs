using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Pms.Contracts.Audit;
using Pms.Patients.Dtos;
using Pms.Patients.Model;
using Pms.Patients.Services;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Audit;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Patients.Apis;

public static class AppointmentsApi
{
    public static IEndpointRouteBuilder MapAppointmentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/appointments").WithTags("Appointments")
            .RequireAuthorization(PmsPolicies.AnyPerson).Audited();

        api.MapPost("/", Book)
            .RequireAuthorization(PmsPolicies.PatientOrStaff)
            .WithName("BookAppointment")
            .WithSummary("Books a free slot of a doctor: a patient for themselves, staff for any patient. 409 when the slot is taken, 422 when it is past or not a slot.");
        api.MapGet("/", List)
            .WithName("ListAppointments")
            .WithSummary("Pages of appointments by doctor, patient and date (of the doctor's clock); a patient sees their own, a doctor their own diary.");
        api.MapGet("/{id:guid}", GetById)
            .WithName("GetAppointment")
            .WithSummary("One appointment the caller may see.");
        api.MapPost("/{id:guid}/cancel", Cancel)
            .RequireAuthorization(PmsPolicies.PatientOrStaff)
            .WithName("CancelAppointment")
            .WithSummary("Cancels a future Booked appointment with a reason; a patient cancels only their own.");
        api.MapPost("/{id:guid}/reschedule", Reschedule)
            .RequireAuthorization(PmsPolicies.PatientOrStaff)
            .WithName("RescheduleAppointment")
            .WithSummary("Moves a future Booked appointment to another free slot of the same doctor, with a reason.");
        api.MapPost("/{id:guid}/complete", Complete)
            .RequireAuthorization(PmsPolicies.Workforce)
            .WithName("CompleteAppointment")
            .WithSummary("Marks an appointment that has started as Completed: staff, or its doctor.");
        api.MapPost("/{id:guid}/no-show", NoShow)
            .RequireAuthorization(PmsPolicies.Workforce)
            .WithName("MarkAppointmentNoShow")
            .WithSummary("Marks an appointment that has started as NoShow: staff, or its doctor.");

        return app;
    }

    public static async Task<Results<Created<AppointmentDto>, ValidationProblem, ProblemHttpResult>> Book(
        BookAppointmentRequest request, ClaimsPrincipal user, AppointmentScheduler scheduler, AuditTrail audit, CancellationToken cancellationToken)
    {
        var outcome = await scheduler.BookAsync(request, Caller.From(user), cancellationToken);
        if (!outcome.IsDone(out _))
        {
            audit.Record(AuditActions.Create, AuditResources.Appointment, null, request.PatientId);
        }

        return outcome.ToCreated(appointment => $"/api/appointments/{appointment.Id}");
    }

    public static async Task<Ok<PagedResult<AppointmentDto>>> List(
        ClaimsPrincipal user, AppointmentQueries appointments, AuditTrail audit, Guid? doctorId, Guid? patientId, DateOnly? date, int? page,
        int? pageSize, CancellationToken cancellationToken)
    {
        var found = await appointments.ListAsync(Caller.From(user), doctorId, patientId, date, page, pageSize, cancellationToken);
        audit.Record(AuditActions.Search, AuditResources.Appointment, null, found.Items.Select(appointment => appointment.PatientId));
        return TypedResults.Ok(found);
    }

    public static async Task<Results<Ok<AppointmentDto>, ProblemHttpResult>> GetById(
        Guid id, ClaimsPrincipal user, AppointmentQueries appointments, AuditTrail audit, CancellationToken cancellationToken)
    {
        var appointment = await appointments.FindAsync(Caller.From(user), id, cancellationToken);
        audit.Record(AuditActions.Read, AuditResources.Appointment, id, appointment?.PatientId);
        return appointment is not null ? TypedResults.Ok(appointment) : AppointmentScheduler.NoSuchAppointment.ToProblem();
    }

    public static async Task<Results<Ok<AppointmentDto>, ValidationProblem, ProblemHttpResult>> Cancel(
        Guid id, CancelAppointmentRequest request, ClaimsPrincipal user, AppointmentScheduler scheduler, AuditTrail audit, CancellationToken cancellationToken) =>
        Answer(await scheduler.CancelAsync(id, request, Caller.From(user), cancellationToken), id, audit);

    public static async Task<Results<Ok<AppointmentDto>, ValidationProblem, ProblemHttpResult>> Reschedule(
        Guid id, RescheduleAppointmentRequest request, ClaimsPrincipal user, AppointmentScheduler scheduler, AuditTrail audit, CancellationToken cancellationToken) =>
        Answer(await scheduler.RescheduleAsync(id, request, Caller.From(user), cancellationToken), id, audit);

    public static async Task<Results<Ok<AppointmentDto>, ValidationProblem, ProblemHttpResult>> Complete(
        Guid id, ClaimsPrincipal user, AppointmentScheduler scheduler, AuditTrail audit, CancellationToken cancellationToken) =>
        Answer(await scheduler.CloseAsync(id, AppointmentStatus.Completed, Caller.From(user), cancellationToken), id, audit);

    public static async Task<Results<Ok<AppointmentDto>, ValidationProblem, ProblemHttpResult>> NoShow(
        Guid id, ClaimsPrincipal user, AppointmentScheduler scheduler, AuditTrail audit, CancellationToken cancellationToken) =>
        Answer(await scheduler.CloseAsync(id, AppointmentStatus.NoShow, Caller.From(user), cancellationToken), id, audit);

    private static Results<Ok<AppointmentDto>, ValidationProblem, ProblemHttpResult> Answer(Outcome<AppointmentDto> outcome, Guid id, AuditTrail audit)
    {
        if (!outcome.IsDone(out _))
        {
            audit.Record(AuditActions.Update, AuditResources.Appointment, id, null);
        }

        return outcome.ToOk();
    }
}
