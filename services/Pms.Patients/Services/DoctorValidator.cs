using Pms.Patients.Dtos;
using Pms.Patients.Infrastructure.EntityConfigurations;

namespace Pms.Patients.Services;

/// <summary>Field rules of doctors' profiles, timetables and exceptions; every broken rule is reported under its field's name.</summary>
public static class DoctorValidator
{
    public const int ShortestSlotMinutes = 5;
    public const int LongestSlotMinutes = 480;
    public const int MostRules = 50;
    public const int LongestExceptionDays = 366;

    public static Dictionary<string, string[]> Validate(DoctorRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Id is not { } id || id == Guid.Empty)
        {
            errors["id"] = ["The doctor's account id is required."];
        }

        RequireText(errors, "firstName", request.FirstName, PatientConfiguration.NameLength);
        RequireText(errors, "lastName", request.LastName, PatientConfiguration.NameLength);
        RequireText(errors, "specialty", request.Specialty, DoctorConfiguration.SpecialtyLength);
        RequireText(errors, "consultationFeeCode", request.ConsultationFeeCode, DoctorConfiguration.FeeCodeLength);
        if (request.TimeZone is not null && FindTimeZone(request.TimeZone) is null)
        {
            errors["timeZone"] = ["The time zone must be an IANA time zone id, e.g. Europe/London."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> Validate(AvailabilityRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.WeeklyAvailability is not { } rules || rules.Count > MostRules)
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

    public static Dictionary<string, string[]> Validate(AvailabilityExceptionRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        RequireText(errors, "reason", request.Reason, DoctorConfiguration.ReasonLength);
        if (request.StartsOn is not { } startsOn || request.EndsOn is not { } endsOn)
        {
            errors["startsOn"] = ["The first and last dates are required."];
            return errors;
        }

        if (endsOn < startsOn || endsOn.DayNumber - startsOn.DayNumber >= LongestExceptionDays)
        {
            errors["endsOn"] = [$"The last date is on or after the first, at most {LongestExceptionDays} days later."];
        }
        else if ((request.StartTime is null) != (request.EndTime is null))
        {
            errors["endTime"] = ["Give both a start and an end time, or neither for whole days."];
        }
        else if (request.StartTime is { } start && request.EndTime is { } end && startsOn.ToDateTime(start) >= endsOn.ToDateTime(end))
        {
            errors["endTime"] = ["The exception must end after it starts."];
        }

        return errors;
    }

    /// <summary>Only IANA ids are accepted, so every doctor's zone means the same on every server.</summary>
    public static TimeZoneInfo? FindTimeZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) && zone.HasIanaId ? zone : null;

    private static void RequireText(Dictionary<string, string[]> errors, string field, string? value, int maximum)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > maximum)
        {
            errors[field] = [$"A value of 1 to {maximum} characters is required."];
        }
    }
}
