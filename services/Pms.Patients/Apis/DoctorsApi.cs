using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Pms.Patients.Dtos;
using Pms.Patients.Services;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Patients.Apis;

public static class DoctorsApi
{
    public static IEndpointRouteBuilder MapDoctorsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/doctors").WithTags("Doctors")
            .RequireAuthorization(PmsPolicies.AnyPerson);

        api.MapPost("/", Create)
            .RequireAuthorization(PmsPolicies.StaffOrAdmin)
            .WithName("CreateDoctor")
            .WithSummary("Creates the bookable profile of a Doctor account; 409 when it exists.");
        api.MapGet("/", List)
            .WithName("ListDoctors")
            .WithSummary("Pages of doctors, optionally of one specialty (exact name).");
        api.MapGet("/{id:guid}", GetById)
            .WithName("GetDoctor")
            .WithSummary("A doctor's profile and weekly availability.");
        api.MapPut("/{id:guid}/availability", ReplaceAvailability)
            .RequireAuthorization(PmsPolicies.Workforce)
            .WithName("ReplaceDoctorAvailability")
            .WithSummary("Replaces a doctor's weekly availability: staff, or that doctor.");
        api.MapGet("/{id:guid}/exceptions", ListExceptions)
            .RequireAuthorization(PmsPolicies.Workforce)
            .WithName("ListDoctorAvailabilityExceptions")
            .WithSummary("A doctor's leave, holidays and other absences: staff, or that doctor.");
        api.MapPost("/{id:guid}/exceptions", AddException)
            .RequireAuthorization(PmsPolicies.Workforce)
            .WithName("AddDoctorAvailabilityException")
            .WithSummary("Adds an absence (whole days, or a date and time range in the doctor's time zone): staff, or that doctor.");
        api.MapDelete("/{id:guid}/exceptions/{exceptionId:guid}", RemoveException)
            .RequireAuthorization(PmsPolicies.Workforce)
            .WithName("RemoveDoctorAvailabilityException")
            .WithSummary("Removes an absence, giving its slots back: staff, or that doctor.");
        api.MapGet("/{id:guid}/slots", FreeSlots)
            .WithName("ListFreeSlots")
            .WithSummary("A doctor's free slots on a date of the doctor's time zone, as UTC instants.");
        api.MapGet("/{id:guid}/slots/next", NextFreeDay)
            .WithName("NextFreeDay")
            .WithSummary("The first day from a date of the doctor's clock (today when omitted) with free slots, and those slots; 404 when none within three months.");

        return app;
    }

    public static async Task<Results<Created<DoctorDto>, ValidationProblem, ProblemHttpResult>> Create(
        DoctorRequest request, DoctorDirectory doctors, CancellationToken cancellationToken) =>
        (await doctors.CreateAsync(request, cancellationToken)).ToCreated(doctor => $"/api/doctors/{doctor.Id}");

    public static async Task<Ok<PagedResult<DoctorDto>>> List(
        DoctorDirectory doctors, string? specialty, int? page, int? pageSize, CancellationToken cancellationToken) =>
        TypedResults.Ok(await doctors.ListAsync(specialty, page, pageSize, cancellationToken));

    public static async Task<Results<Ok<DoctorDto>, ProblemHttpResult>> GetById(Guid id, DoctorDirectory doctors, CancellationToken cancellationToken) =>
        (await doctors.FindAsync(id, cancellationToken)).ToResultOrProblem(TypedResults.Ok);

    public static async Task<Results<Ok<DoctorDto>, ValidationProblem, ProblemHttpResult>> ReplaceAvailability(
        Guid id, AvailabilityRequest request, ClaimsPrincipal user, DoctorDirectory doctors, CancellationToken cancellationToken) =>
        (await doctors.ReplaceAvailabilityAsync(id, request, Caller.From(user), cancellationToken)).ToOk();

    public static async Task<Results<Ok<IReadOnlyList<AvailabilityExceptionDto>>, ProblemHttpResult>> ListExceptions(
        Guid id, ClaimsPrincipal user, DoctorDirectory doctors, CancellationToken cancellationToken) =>
        (await doctors.ListExceptionsAsync(id, Caller.From(user), cancellationToken)).ToResultOrProblem(TypedResults.Ok);

    public static async Task<Results<Created<AvailabilityExceptionDto>, ValidationProblem, ProblemHttpResult>> AddException(
        Guid id, AvailabilityExceptionRequest request, ClaimsPrincipal user, DoctorDirectory doctors, CancellationToken cancellationToken) =>
        (await doctors.AddExceptionAsync(id, request, Caller.From(user), cancellationToken)).ToCreated(_ => $"/api/doctors/{id}/exceptions");

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveException(
        Guid id, Guid exceptionId, ClaimsPrincipal user, DoctorDirectory doctors, CancellationToken cancellationToken) =>
        (await doctors.RemoveExceptionAsync(id, exceptionId, Caller.From(user), cancellationToken)).ToResultOrProblem(_ => TypedResults.NoContent());

    public static async Task<Results<Ok<DaySlotsDto>, ProblemHttpResult>> FreeSlots(
        Guid id, DateOnly date, DoctorDirectory doctors, CancellationToken cancellationToken) =>
        (await doctors.FreeSlotsAsync(id, date, cancellationToken)).ToResultOrProblem(TypedResults.Ok);

    public static async Task<Results<Ok<DaySlotsDto>, ProblemHttpResult>> NextFreeDay(
        Guid id, DateOnly? from, DoctorDirectory doctors, CancellationToken cancellationToken) =>
        (await doctors.NextFreeDayAsync(id, from, cancellationToken)).ToResultOrProblem(TypedResults.Ok);
}
