using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pms.Patients.Dtos;
using Pms.Patients.Infrastructure;
using Pms.Patients.Model;
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
        DoctorRequest request, PatientDbContext db, TimeProvider clock, IOptions<AppointmentOptions> options, CancellationToken cancellationToken)
    {
        var errors = DoctorValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await db.Doctors.AnyAsync(doctor => doctor.Id == request.Id, cancellationToken))
        {
            return TypedResults.Problem(title: "This account already has a doctor's profile.", statusCode: StatusCodes.Status409Conflict);
        }

        var now = clock.GetUtcNow();
        var doctor = new Doctor
        {
            Id = request.Id!.Value,
            FirstName = request.FirstName!.Trim(),
            LastName = request.LastName!.Trim(),
            Specialty = request.Specialty!.Trim(),
            ConsultationFeeCode = request.ConsultationFeeCode!.Trim(),
            TimeZoneId = DoctorValidator.FindTimeZone(request.TimeZone ?? options.Value.DefaultTimeZone)!.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Doctors.Add(doctor);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/doctors/{doctor.Id}", DoctorDto.From(doctor));
    }

    public static async Task<Ok<PagedResult<DoctorDto>>> List(
        PatientDbContext db, string? specialty, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var doctors = db.Doctors.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(specialty))
        {
            var wanted = specialty.Trim();
            doctors = doctors.Where(doctor => doctor.Specialty == wanted);
        }

        return TypedResults.Ok(await doctors
            .OrderBy(doctor => doctor.LastName).ThenBy(doctor => doctor.FirstName).ThenBy(doctor => doctor.Id)
            .Select(doctor => DoctorDto.From(doctor))
            .ToPageAsync(page, pageSize, cancellationToken));
    }

    public static async Task<Results<Ok<DoctorDto>, ProblemHttpResult>> GetById(Guid id, PatientDbContext db, CancellationToken cancellationToken) =>
        await db.Doctors.AsNoTracking().SingleOrDefaultAsync(doctor => doctor.Id == id, cancellationToken) is { } doctor
            ? TypedResults.Ok(DoctorDto.From(doctor))
            : NoSuchDoctor();

    public static async Task<Results<Ok<DoctorDto>, ValidationProblem, ProblemHttpResult>> ReplaceAvailability(
        Guid id, AvailabilityRequest request, ClaimsPrincipal user, PatientDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!Caller.From(user).MayManage(id))
        {
            return OnlyThatDoctor();
        }

        var errors = DoctorValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var doctor = await db.Doctors.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (doctor is null)
        {
            return NoSuchDoctor();
        }

        doctor.WeeklyAvailability = [.. request.WeeklyAvailability!];
        doctor.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(DoctorDto.From(doctor));
    }

    public static async Task<Results<Ok<IReadOnlyList<AvailabilityExceptionDto>>, ProblemHttpResult>> ListExceptions(
        Guid id, ClaimsPrincipal user, PatientDbContext db, CancellationToken cancellationToken)
    {
        if (!Caller.From(user).MayManage(id))
        {
            return OnlyThatDoctor();
        }

        var doctor = await db.Doctors.AsNoTracking().SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        return doctor is null
            ? NoSuchDoctor()
            : TypedResults.Ok<IReadOnlyList<AvailabilityExceptionDto>>([.. doctor.Exceptions.OrderBy(exception => exception.LocalStart).Select(AvailabilityExceptionDto.From)]);
    }

    public static async Task<Results<Created<AvailabilityExceptionDto>, ValidationProblem, ProblemHttpResult>> AddException(
        Guid id, AvailabilityExceptionRequest request, ClaimsPrincipal user, PatientDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!Caller.From(user).MayManage(id))
        {
            return OnlyThatDoctor();
        }

        var errors = DoctorValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var doctor = await db.Doctors.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (doctor is null)
        {
            return NoSuchDoctor();
        }

        var exception = new AvailabilityException(
            Guid.CreateVersion7(), request.StartsOn!.Value, request.EndsOn!.Value, request.StartTime, request.EndTime, request.Reason!.Trim());
        doctor.Exceptions.Add(exception);
        doctor.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/doctors/{id}/exceptions", AvailabilityExceptionDto.From(exception));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveException(
        Guid id, Guid exceptionId, ClaimsPrincipal user, PatientDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!Caller.From(user).MayManage(id))
        {
            return OnlyThatDoctor();
        }

        var doctor = await db.Doctors.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        var exception = doctor?.Exceptions.SingleOrDefault(candidate => candidate.Id == exceptionId);
        if (exception is null)
        {
            return TypedResults.Problem(title: "No such absence.", statusCode: StatusCodes.Status404NotFound);
        }

        doctor!.Exceptions.Remove(exception);
        doctor.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<DaySlotsDto>, ProblemHttpResult>> FreeSlots(
        Guid id, DateOnly date, PatientDbContext db, DoctorSchedule schedule, CancellationToken cancellationToken)
    {
        var doctor = await db.Doctors.AsNoTracking().SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        return doctor is null
            ? NoSuchDoctor()
            : TypedResults.Ok(new DaySlotsDto(doctor.Id, date, doctor.TimeZoneId, await schedule.FreeSlotsAsync(doctor, date, cancellationToken)));
    }

    public static async Task<Results<Ok<DaySlotsDto>, ProblemHttpResult>> NextFreeDay(
        Guid id, DateOnly? from, PatientDbContext db, DoctorSchedule schedule, TimeProvider clock, CancellationToken cancellationToken)
    {
        // A day more than the look-ahead past today in any zone: nothing to search, and no date arithmetic near its limits.
        if (from > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(DoctorSchedule.DaysLookedAhead + 1))
        {
            return TypedResults.Problem(
                title: $"Free time is looked for at most {DoctorSchedule.DaysLookedAhead} days ahead; choose an earlier day.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var doctor = await db.Doctors.AsNoTracking().SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (doctor is null)
        {
            return NoSuchDoctor();
        }

        return await schedule.NextFreeDayAsync(doctor, from ?? DateOnly.MinValue, cancellationToken) is { } day
            ? TypedResults.Ok(new DaySlotsDto(doctor.Id, day.Date, doctor.TimeZoneId, day.Slots))
            : TypedResults.Problem(
                title: $"{doctor.FirstName} {doctor.LastName} has no free time in the next {DoctorSchedule.DaysLookedAhead} days.",
                statusCode: StatusCodes.Status404NotFound);
    }

    private static ProblemHttpResult NoSuchDoctor() => TypedResults.Problem(title: "No such doctor.", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult OnlyThatDoctor() =>
        TypedResults.Problem(title: "A doctor manages only their own availability.", statusCode: StatusCodes.Status403Forbidden);
}
