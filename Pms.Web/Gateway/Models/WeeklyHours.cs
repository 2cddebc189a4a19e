using System.Text.Json.Serialization;

namespace Pms.Web.Gateway.Models;

/// <summary>Recurring hours on one day of the week, on the doctor's clock, cut into slots of <see cref="SlotMinutes"/>.</summary>
public sealed record WeeklyHours(
    [property: JsonConverter(typeof(JsonStringEnumConverter<DayOfWeek>))] DayOfWeek DayOfWeek,
    TimeOnly StartTime,
    TimeOnly EndTime,
    int SlotMinutes);
