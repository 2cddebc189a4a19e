namespace Pms.Patients.Model;

/// <summary>Recurring hours on one day of the week, in the doctor's local time, cut into slots of equal length.</summary>
public sealed record WeeklyAvailability(DayOfWeek DayOfWeek, TimeOnly StartTime, TimeOnly EndTime, int SlotMinutes);
