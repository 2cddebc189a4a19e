using System.ComponentModel.DataAnnotations;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Forms;

/// <summary>A doctor's whole weekly timetable, checked as patient-service checks it.</summary>
public sealed class WeeklyHoursModel : IValidatableObject
{
    public const int ShortestSlotMinutes = 5;
    public const int LongestSlotMinutes = 480;
    public const int MostRows = 50;

    public List<WeeklyHoursRow> WeeklyAvailability { get; } = [];

    public static WeeklyHoursModel From(Doctor doctor)
    {
        var model = new WeeklyHoursModel();
        model.WeeklyAvailability.AddRange(doctor.WeeklyAvailability
            .OrderBy(hours => DaysFromMonday(hours.DayOfWeek)).ThenBy(hours => hours.StartTime)
            .Select(WeeklyHoursRow.From));
        return model;
    }

    /// <summary>A new row takes the hours of the last one on the next day, so a week is typed quickly.</summary>
    public void AddRow()
    {
        var last = WeeklyAvailability.LastOrDefault();
        WeeklyAvailability.Add(last is null ? new WeeklyHoursRow() : new WeeklyHoursRow
        {
            DayOfWeek = (DayOfWeek)(((int)last.DayOfWeek + 1) % 7),
            StartTime = last.StartTime,
            EndTime = last.EndTime,
            SlotMinutes = last.SlotMinutes,
        });
    }

    /// <summary>A clinic's week starts on Monday.</summary>
    public static int DaysFromMonday(DayOfWeek day) => ((int)day + 6) % 7;

    public IReadOnlyList<WeeklyHours> ToWeeklyHours() => [.. WeeklyAvailability.Select(row => row.ToWeeklyHours())];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        string[] member = [nameof(WeeklyAvailability)];
        if (WeeklyAvailability.Count > MostRows)
        {
            yield return new ValidationResult($"A timetable has at most {MostRows} rows.", member);
        }

        for (var index = 0; index < WeeklyAvailability.Count; index++)
        {
            var row = WeeklyAvailability[index];
            var name = $"Row {index + 1} ({row.DayOfWeek})";
            if (row.Start is not { } start || row.End is not { } end)
            {
                yield return new ValidationResult($"{name}: enter the start and end times.", member);
            }
            else if (row.SlotMinutes is < ShortestSlotMinutes or > LongestSlotMinutes)
            {
                yield return new ValidationResult($"{name}: a slot lasts {ShortestSlotMinutes} to {LongestSlotMinutes} minutes.", member);
            }
            else if (start.AddMinutes(row.SlotMinutes) > end || start.AddMinutes(row.SlotMinutes) <= start)
            {
                yield return new ValidationResult($"{name}: the end must leave room for at least one {row.SlotMinutes}-minute slot after the start, on the same day.", member);
            }
            else if (WeeklyAvailability.Take(index).Any(other => other.DayOfWeek == row.DayOfWeek && other.Start < end && start < other.End))
            {
                yield return new ValidationResult($"{name}: these hours overlap other hours of the same day.", member);
            }
        }
    }
}
