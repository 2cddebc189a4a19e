using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pms.Patients.Dtos;
using Pms.Patients.Infrastructure;
using Pms.Patients.Model;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Patients.Services;

/// <summary>
/// Doctors' profiles, weekly timetables and absences. Staff manage any doctor, a doctor only themselves;
/// the timetable's rules are the doctor's own, checked before anything is loaded.
/// </summary>
public sealed class DoctorDirectory(PatientDbContext db, DoctorSchedule schedule, TimeProvider clock, IOptions<AppointmentOptions> options)
{
    public async Task<DoctorOutcome<DoctorDto>> CreateAsync(DoctorRequest request, CancellationToken cancellationToken)
    {
        var errors = DoctorValidator.Validate(request);
        if (errors.Count > 0)
        {
            return new DoctorOutcome<DoctorDto>.Invalid(errors);
        }

        if (await db.Doctors.AnyAsync(doctor => doctor.Id == request.Id, cancellationToken))
        {
            return new DoctorOutcome<DoctorDto>.Refused(StatusCodes.Status409Conflict, "This account already has a doctor's profile.");
        }

        var doctor = Doctor.Create(request.Id!.Value, request.FirstName!, request.LastName!, request.Specialty!, request.ConsultationFeeCode!,
            request.TimeZone ?? options.Value.DefaultTimeZone, clock.GetUtcNow());
        db.Doctors.Add(doctor);
        await db.SaveChangesAsync(cancellationToken);
        return new DoctorOutcome<DoctorDto>.Done(DoctorDto.From(doctor));
    }

    public Task<PagedResult<DoctorDto>> ListAsync(string? specialty, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var doctors = db.Doctors.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(specialty))
        {
            var wanted = specialty.Trim();
            doctors = doctors.Where(doctor => doctor.Specialty == wanted);
        }

        return doctors
            .OrderBy(doctor => doctor.LastName).ThenBy(doctor => doctor.FirstName).ThenBy(doctor => doctor.Id)
            .Select(doctor => DoctorDto.From(doctor))
            .ToPageAsync(page, pageSize, cancellationToken);
    }

    public async Task<DoctorOutcome<DoctorDto>> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await FindAsync(id, doctor => DoctorDto.From(doctor), cancellationToken);

    public async Task<DoctorOutcome<DoctorDto>> ReplaceAvailabilityAsync(Guid id, AvailabilityRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var (doctor, refusal) = await LoadForChangeAsync<DoctorDto>(id, caller, DoctorValidator.Validate(request), cancellationToken);
        if (doctor is null)
        {
            return refusal!;
        }

        doctor.ReplaceWeeklyAvailability(request.WeeklyAvailability!, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new DoctorOutcome<DoctorDto>.Done(DoctorDto.From(doctor));
    }

    public async Task<DoctorOutcome<IReadOnlyList<AvailabilityExceptionDto>>> ListExceptionsAsync(Guid id, Caller caller, CancellationToken cancellationToken) =>
        caller.MayManage(id)
            ? await FindAsync<IReadOnlyList<AvailabilityExceptionDto>>(id,
                doctor => [.. doctor.Exceptions.OrderBy(exception => exception.LocalStart).Select(AvailabilityExceptionDto.From)], cancellationToken)
            : OnlyThatDoctor<IReadOnlyList<AvailabilityExceptionDto>>();

    public async Task<DoctorOutcome<AvailabilityExceptionDto>> AddExceptionAsync(
        Guid id, AvailabilityExceptionRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var (doctor, refusal) = await LoadForChangeAsync<AvailabilityExceptionDto>(id, caller, DoctorValidator.Validate(request), cancellationToken);
        if (doctor is null)
        {
            return refusal!;
        }

        var exception = doctor.AddException(
            request.StartsOn!.Value, request.EndsOn!.Value, request.StartTime, request.EndTime, request.Reason!, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new DoctorOutcome<AvailabilityExceptionDto>.Done(AvailabilityExceptionDto.From(exception));
    }

    /// <summary>Removes an absence; an unknown doctor is answered as an unknown absence.</summary>
    public async Task<DoctorOutcome<AvailabilityExceptionDto>> RemoveExceptionAsync(Guid id, Guid exceptionId, Caller caller, CancellationToken cancellationToken)
    {
        var noSuchAbsence = new DoctorOutcome<AvailabilityExceptionDto>.Refused(StatusCodes.Status404NotFound, "No such absence.");
        var (doctor, refusal) = await LoadForChangeAsync(id, caller, [], cancellationToken, noSuchAbsence);
        if (doctor is null)
        {
            return refusal!;
        }

        if (doctor.RemoveException(exceptionId, clock.GetUtcNow()) is not { } removed)
        {
            return noSuchAbsence;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new DoctorOutcome<AvailabilityExceptionDto>.Done(AvailabilityExceptionDto.From(removed));
    }

    public async Task<DoctorOutcome<DaySlotsDto>> FreeSlotsAsync(Guid id, DateOnly date, CancellationToken cancellationToken)
    {
        var doctor = await ReadAsync(id, cancellationToken);
        return doctor is null
            ? NoSuchDoctor<DaySlotsDto>()
            : new DoctorOutcome<DaySlotsDto>.Done(new DaySlotsDto(doctor.Id, date, doctor.TimeZoneId, await schedule.FreeSlotsAsync(doctor, date, cancellationToken)));
    }

    public async Task<DoctorOutcome<DaySlotsDto>> NextFreeDayAsync(Guid id, DateOnly? from, CancellationToken cancellationToken)
    {
        // A day more than the look-ahead past today in any zone: nothing to search, and no date arithmetic near its limits.
        if (from > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(DoctorSchedule.DaysLookedAhead + 1))
        {
            return new DoctorOutcome<DaySlotsDto>.Refused(StatusCodes.Status400BadRequest,
                $"Free time is looked for at most {DoctorSchedule.DaysLookedAhead} days ahead; choose an earlier day.");
        }

        var doctor = await ReadAsync(id, cancellationToken);
        if (doctor is null)
        {
            return NoSuchDoctor<DaySlotsDto>();
        }

        return await schedule.NextFreeDayAsync(doctor, from ?? DateOnly.MinValue, cancellationToken) is { } day
            ? new DoctorOutcome<DaySlotsDto>.Done(new DaySlotsDto(doctor.Id, day.Date, doctor.TimeZoneId, day.Slots))
            : new DoctorOutcome<DaySlotsDto>.Refused(StatusCodes.Status404NotFound,
                $"{doctor.FirstName} {doctor.LastName} has no free time in the next {DoctorSchedule.DaysLookedAhead} days.");
    }

    /// <summary>The doctor to change, tracked: refused unless the caller manages that doctor and the request keeps the rules.</summary>
    private async Task<(Doctor? Doctor, DoctorOutcome<T>? Refusal)> LoadForChangeAsync<T>(
        Guid id, Caller caller, Dictionary<string, string[]> errors, CancellationToken cancellationToken, DoctorOutcome<T>? notFound = null)
    {
        if (!caller.MayManage(id))
        {
            return (null, OnlyThatDoctor<T>());
        }

        if (errors.Count > 0)
        {
            return (null, new DoctorOutcome<T>.Invalid(errors));
        }

        var doctor = await db.Doctors.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        return doctor is null ? (null, notFound ?? NoSuchDoctor<T>()) : (doctor, null);
    }

    private async Task<DoctorOutcome<T>> FindAsync<T>(Guid id, Func<Doctor, T> answer, CancellationToken cancellationToken) =>
        await ReadAsync(id, cancellationToken) is { } doctor ? new DoctorOutcome<T>.Done(answer(doctor)) : NoSuchDoctor<T>();

    private Task<Doctor?> ReadAsync(Guid id, CancellationToken cancellationToken) =>
        db.Doctors.AsNoTracking().SingleOrDefaultAsync(doctor => doctor.Id == id, cancellationToken);

    private static DoctorOutcome<T>.Refused NoSuchDoctor<T>() => new(StatusCodes.Status404NotFound, "No such doctor.");

    private static DoctorOutcome<T>.Refused OnlyThatDoctor<T>() => new(StatusCodes.Status403Forbidden, "A doctor manages only their own availability.");
}
