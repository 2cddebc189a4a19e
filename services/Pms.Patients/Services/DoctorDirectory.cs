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
    public async Task<Outcome<DoctorDto>> CreateAsync(DoctorRequest request, CancellationToken cancellationToken)
    {
        var validation = DoctorValidator.Validate(request);
        if (!validation.IsDone(out var valid))
        {
            return validation.Failed<DoctorDto>();
        }

        if (await db.Doctors.AnyAsync(doctor => doctor.Id == valid.Id, cancellationToken))
        {
            return Refusal.Conflict("This account already has a doctor's profile.");
        }

        var doctor = Doctor.Create(valid.Id, valid.FirstName, valid.LastName, valid.Specialty, valid.ConsultationFeeCode,
            valid.TimeZone ?? options.Value.DefaultTimeZone, clock.GetUtcNow());
        db.Doctors.Add(doctor);
        await db.SaveChangesAsync(cancellationToken);
        return DoctorDto.From(doctor);
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

    public async Task<Outcome<DoctorDto>> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await FindAsync(id, doctor => DoctorDto.From(doctor), cancellationToken);

    public async Task<Outcome<DoctorDto>> ReplaceAvailabilityAsync(Guid id, AvailabilityRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var loaded = await LoadForChangeAsync(id, caller, DoctorValidator.Validate(request), cancellationToken);
        if (!loaded.IsDone(out var change))
        {
            return loaded.Failed<DoctorDto>();
        }

        change.Doctor.ReplaceWeeklyAvailability(change.Valid, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return DoctorDto.From(change.Doctor);
    }

    public async Task<Outcome<IReadOnlyList<AvailabilityExceptionDto>>> ListExceptionsAsync(Guid id, Caller caller, CancellationToken cancellationToken) =>
        caller.MayManage(id)
            ? await FindAsync<IReadOnlyList<AvailabilityExceptionDto>>(id,
                doctor => [.. doctor.Exceptions.OrderBy(exception => exception.LocalStart).Select(AvailabilityExceptionDto.From)], cancellationToken)
            : OnlyThatDoctor;

    public async Task<Outcome<AvailabilityExceptionDto>> AddExceptionAsync(
        Guid id, AvailabilityExceptionRequest request, Caller caller, CancellationToken cancellationToken)
    {
        var loaded = await LoadForChangeAsync(id, caller, DoctorValidator.Validate(request), cancellationToken);
        if (!loaded.IsDone(out var change))
        {
            return loaded.Failed<AvailabilityExceptionDto>();
        }

        var absence = change.Valid;
        var exception = change.Doctor.AddException(absence.StartsOn, absence.EndsOn, absence.StartTime, absence.EndTime, absence.Reason, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return AvailabilityExceptionDto.From(exception);
    }

    /// <summary>Removes an absence; an unknown doctor is answered as an unknown absence.</summary>
    public async Task<Outcome<AvailabilityExceptionDto>> RemoveExceptionAsync(Guid id, Guid exceptionId, Caller caller, CancellationToken cancellationToken)
    {
        var noSuchAbsence = Refusal.NotFound("No such absence.");
        var loaded = await LoadForChangeAsync(id, caller, new Outcome<Guid>.Done(exceptionId), cancellationToken, noSuchAbsence);
        if (!loaded.IsDone(out var change))
        {
            return loaded.Failed<AvailabilityExceptionDto>();
        }

        if (change.Doctor.RemoveException(exceptionId, clock.GetUtcNow()) is not { } removed)
        {
            return noSuchAbsence;
        }

        await db.SaveChangesAsync(cancellationToken);
        return AvailabilityExceptionDto.From(removed);
    }

    public async Task<Outcome<DaySlotsDto>> FreeSlotsAsync(Guid id, DateOnly date, CancellationToken cancellationToken)
    {
        var doctor = await ReadAsync(id, cancellationToken);
        return doctor is null
            ? NoSuchDoctor
            : new DaySlotsDto(doctor.Id, date, doctor.TimeZoneId, await schedule.FreeSlotsAsync(doctor, date, cancellationToken));
    }

    public async Task<Outcome<DaySlotsDto>> NextFreeDayAsync(Guid id, DateOnly? from, CancellationToken cancellationToken)
    {
        // A day more than the look-ahead past today in any zone: nothing to search, and no date arithmetic near its limits.
        if (from > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(DoctorSchedule.DaysLookedAhead + 1))
        {
            return Refusal.BadRequest(
                $"Free time is looked for at most {DoctorSchedule.DaysLookedAhead} days ahead; choose an earlier day.");
        }

        var doctor = await ReadAsync(id, cancellationToken);
        if (doctor is null)
        {
            return NoSuchDoctor;
        }

        return await schedule.NextFreeDayAsync(doctor, from ?? DateOnly.MinValue, cancellationToken) is { } day
            ? new DaySlotsDto(doctor.Id, day.Date, doctor.TimeZoneId, day.Slots)
            : Refusal.NotFound(
                $"{doctor.FirstName} {doctor.LastName} has no free time in the next {DoctorSchedule.DaysLookedAhead} days.");
    }

    /// <summary>The doctor to change, tracked, with the valid request: refused unless the caller manages that doctor and the request keeps the rules.</summary>
    private async Task<Outcome<(Doctor Doctor, TValid Valid)>> LoadForChangeAsync<TValid>(
        Guid id, Caller caller, Outcome<TValid> validation, CancellationToken cancellationToken, Refusal? notFound = null)
    {
        if (!caller.MayManage(id))
        {
            return OnlyThatDoctor;
        }

        if (!validation.IsDone(out var valid))
        {
            return validation.Failed<(Doctor, TValid)>();
        }

        var doctor = await db.Doctors.SingleOrDefaultAsync(candidate => candidate.Id == id, cancellationToken);
        if (doctor is null)
        {
            return notFound ?? NoSuchDoctor;
        }

        return (doctor, valid);
    }

    private async Task<Outcome<T>> FindAsync<T>(Guid id, Func<Doctor, T> answer, CancellationToken cancellationToken) =>
        await ReadAsync(id, cancellationToken) is { } doctor ? new Outcome<T>.Done(answer(doctor)) : NoSuchDoctor;

    private Task<Doctor?> ReadAsync(Guid id, CancellationToken cancellationToken) =>
        db.Doctors.AsNoTracking().SingleOrDefaultAsync(doctor => doctor.Id == id, cancellationToken);

    private static Refusal NoSuchDoctor { get; } = Refusal.NotFound("No such doctor.");

    private static Refusal OnlyThatDoctor { get; } = Refusal.Forbidden("A doctor manages only their own availability.");
}
