using System.Globalization;
using Pms.Web.Gateway.Models;

namespace Pms.Web.Components.Shared;

public static class WeeklyHoursText
{
    /// <summary>"Monday 09:00–17:00 (30 min)".</summary>
    public static string Describe(WeeklyHours hours) => string.Create(CultureInfo.InvariantCulture,
        $"{hours.DayOfWeek} {hours.StartTime:HH\\:mm}–{hours.EndTime:HH\\:mm} ({hours.SlotMinutes} min)");
}
