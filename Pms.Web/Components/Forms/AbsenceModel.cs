using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Forms;

/// <summary>Leave, a holiday or training, on the doctor's clock: whole days, or from the first day at a time to the last day at a time.</summary>
public sealed class AbsenceModel : IValidatableObject
{
    public const int LongestDays = 366;

    [Required(ErrorMessage = "Enter the first day.")]
    public DateTime? StartsOn { get; set; }

    [Required(ErrorMessage = "Enter the last day.")]
    public DateTime? EndsOn { get; set; }

    public bool WholeDays { get; set; } = true;

    public string? StartTime { get; set; }

    public string? EndTime { get; set; }

    [Required(ErrorMessage = "Give the reason, such as annual leave or training.")]
    [StringLength(500, ErrorMessage = "Use at most 500 characters.")]
    public string? Reason { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (StartsOn is not { } startsOn || EndsOn is not { } endsOn)
        {
            yield break;
        }

        if (endsOn < startsOn || (endsOn - startsOn).TotalDays >= LongestDays)
        {
            yield return new ValidationResult($"The last day is on or after the first, at most {LongestDays} days later.", [nameof(EndsOn)]);
            yield break;
        }

        if (WholeDays)
        {
            yield break;
        }

        if (Parse(StartTime) is not { } start || Parse(EndTime) is not { } end)
        {
            yield return new ValidationResult("Enter both times, or choose whole days.", [nameof(EndTime)]);
            yield break;
        }

        if (startsOn.Add(start.ToTimeSpan()) >= endsOn.Add(end.ToTimeSpan()))
        {
            yield return new ValidationResult("The absence must end after it starts.", [nameof(EndTime)]);
        }
    }

    public NewAbsence ToNewAbsence() => new(
        DateOnly.FromDateTime(StartsOn!.Value),
        DateOnly.FromDateTime(EndsOn!.Value),
        WholeDays ? null : Parse(StartTime),
        WholeDays ? null : Parse(EndTime),
        Reason!.Trim());

    private static TimeOnly? Parse(string? time) =>
        TimeOnly.TryParseExact(time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
}
