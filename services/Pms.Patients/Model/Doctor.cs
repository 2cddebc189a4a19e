namespace Pms.Patients.Model;

/// <summary>
/// A doctor's bookable profile. The id is the auth-service account id of a user with the Doctor
/// role, so a signed-in doctor is recognised by the token's subject.
/// </summary>
public sealed class Doctor
{
    public const int ShortestSlotMinutes = 5;
    public const int LongestSlotMinutes = 480;
    public const int MostRules = 50;
    public const int LongestExceptionDays = 366;

    private readonly List<WeeklyAvailability> _weeklyAvailability = [];
    private readonly List<AvailabilityException> _exceptions = [];

    private Doctor()
    {
    }

    public Guid Id { get; private set; }

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    public string Specialty { get; private set; } = "";

    /// <summary>The billing catalog item charged for a consultation with this doctor.</summary>
    public string ConsultationFeeCode { get; private set; } = "";

    /// <summary>IANA time zone id in which the weekly hours and exceptions are read.</summary>
    public string TimeZoneId { get; private set; } = "UTC";

    public IReadOnlyList<WeeklyAvailability> WeeklyAvailability => _weeklyAvailability;

    public IReadOnlyList<AvailabilityException> Exceptions => _exceptions;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    /// <summary>A profile without hours: nothing can be booked until the weekly availability is set.</summary>
    public static Doctor Create(
        Guid id, string firstName, string lastName, string specialty, string consultationFeeCode, string timeZone, DateTimeOffset now)
    {
        var zone = FindTimeZone(timeZone) ?? throw new ArgumentException("Not an IANA time zone id.", nameof(timeZone));
        return new Doctor
        {
            Id = id,
            FirstName = firstName.Trim(),
            LastName = lastName.Trim(),
            Specialty = specialty.Trim(),
            ConsultationFeeCode = consultationFeeCode.Trim(),
            TimeZoneId = zone.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>Only IANA ids are accepted, so every doctor's zone means the same on every server.</summary>
    public static TimeZoneInfo? FindTimeZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) && zone.HasIanaId ? zone : null;

    /// <summary>
    /// What is wrong with a weekly timetable, under each broken rule's field name: at most <see cref="MostRules"/>
    /// rules, each on a day of the week with room for at least one slot of a sensible length, none overlapping
    /// another of the same day.
    /// </summary>
    public static Dictionary<string, string[]> WeeklyAvailabilityErrors(IReadOnlyList<WeeklyAvailability?>? rules)
    {
        var errors = new Dictionary<string, string[]>();
        if (rules is null || rules.Count > MostRules)
        {
            errors["weeklyAvailability"] = [$"A list of at most {MostRules} weekly rules is required (empty for none)."];
            return errors;
        }

        for (var index = 0; index < rules.Count; index++)
        {
            var rule = rules[index];
            if (rule is null)
            {
                errors[$"weeklyAvailability[{index}]"] = ["A rule is required."];
            }
            else if (!Enum.IsDefined(rule.DayOfWeek))
            {
                errors[$"weeklyAvailability[{index}].dayOfWeek"] = ["A day of the week is required."];
            }
            else if (rule.SlotMinutes is < ShortestSlotMinutes or > LongestSlotMinutes)
            {
                errors[$"weeklyAvailability[{index}].slotMinutes"] = [$"A slot lasts {ShortestSlotMinutes} to {LongestSlotMinutes} minutes."];
            }
            else if (rule.StartTime.AddMinutes(rule.SlotMinutes) > rule.EndTime || rule.StartTime.AddMinutes(rule.SlotMinutes) <= rule.StartTime)
            {
                errors[$"weeklyAvailability[{index}].endTime"] = ["The end time must leave room for at least one slot after the start time, on the same day."];
            }
            else if (rules.Take(index).Any(other => other is not null && other.DayOfWeek == rule.DayOfWeek
                && other.StartTime < rule.EndTime && rule.StartTime < other.EndTime))
            {
                errors[$"weeklyAvailability[{index}]"] = ["Rules of the same day must not overlap."];
            }
        }

        return errors;
    }

    /// <summary>
    /// What is wrong with an absence's dates and times: the last date on or after the first and at most
    /// <see cref="LongestExceptionDays"/> days later, both times or neither, and an end after the start.
    /// </summary>
    public static Dictionary<string, string[]> ExceptionErrors(DateOnly startsOn, DateOnly endsOn, TimeOnly? startTime, TimeOnly? endTime)
    {
        var errors = new Dictionary<string, string[]>();
        if (endsOn < startsOn || endsOn.DayNumber - startsOn.DayNumber >= LongestExceptionDays)
        {
            errors["endsOn"] = [$"The last date is on or after the first, at most {LongestExceptionDays} days later."];
        }
        else if ((startTime is null) != (endTime is null))
        {
            errors["endTime"] = ["Give both a start and an end time, or neither for whole days."];
        }
        else if (startTime is { } start && endTime is { } end && startsOn.ToDateTime(start) >= endsOn.ToDateTime(end))
        {
            errors["endTime"] = ["The exception must end after it starts."];
        }

        return errors;
    }

    /// <summary>Replaces the whole weekly timetable with one that keeps <see cref="WeeklyAvailabilityErrors"/>' rules.</summary>
    public void ReplaceWeeklyAvailability(IReadOnlyList<WeeklyAvailability> rules, DateTimeOffset now)
    {
        EnsureNoErrors(WeeklyAvailabilityErrors(rules), nameof(rules));
        _weeklyAvailability.Clear();
        _weeklyAvailability.AddRange(rules);
        UpdatedAt = now;
    }

    /// <summary>Adds an absence that keeps <see cref="ExceptionErrors"/>' rules; its slots are no longer offered.</summary>
    public AvailabilityException AddException(DateOnly startsOn, DateOnly endsOn, TimeOnly? startTime, TimeOnly? endTime, string reason, DateTimeOffset now)
    {
        EnsureNoErrors(ExceptionErrors(startsOn, endsOn, startTime, endTime), nameof(endsOn));
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var exception = new AvailabilityException(Guid.CreateVersion7(), startsOn, endsOn, startTime, endTime, reason.Trim());
        _exceptions.Add(exception);
        UpdatedAt = now;
        return exception;
    }

    /// <summary>Removes an absence, giving its slots back; null when the doctor has no such absence.</summary>
    public AvailabilityException? RemoveException(Guid exceptionId, DateTimeOffset now)
    {
        var exception = _exceptions.SingleOrDefault(candidate => candidate.Id == exceptionId);
        if (exception is not null)
        {
            _exceptions.Remove(exception);
            UpdatedAt = now;
        }

        return exception;
    }

    private static void EnsureNoErrors(Dictionary<string, string[]> errors, string parameter)
    {
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors.SelectMany(error => error.Value)), parameter);
        }
    }
}
