using System.Globalization;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Forms;

/// <summary>One line of the weekly timetable as it is edited; times are "HH:mm" on the doctor's clock.</summary>
public sealed class WeeklyHoursRow
{
    public DayOfWeek DayOfWeek { get; set; } = DayOfWeek.Monday;

    public string? StartTime { get; set; } = "09:00";

    public string? EndTime { get; set; } = "17:00";

    public int SlotMinutes { get; set; } = 30;

    public TimeOnly? Start => Parse(StartTime);

    public TimeOnly? End => Parse(EndTime);

    public static WeeklyHoursRow From(WeeklyHours hours) => new()
    {
        DayOfWeek = hours.DayOfWeek,
        StartTime = hours.StartTime.ToString("HH:mm", CultureInfo.InvariantCulture),
        EndTime = hours.EndTime.ToString("HH:mm", CultureInfo.InvariantCulture),
        SlotMinutes = hours.SlotMinutes,
    };

    public WeeklyHours ToWeeklyHours() => new(DayOfWeek, Start!.Value, End!.Value, SlotMinutes);

    private static TimeOnly? Parse(string? time) =>
        TimeOnly.TryParseExact(time, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
}
