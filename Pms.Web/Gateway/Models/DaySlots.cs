namespace Pms.Web.Gateway.Models;

/// <summary>The free slots of a doctor on a date of the doctor's clock.</summary>
public sealed record DaySlots(Guid DoctorId, DateOnly Date, string TimeZone, IReadOnlyList<Slot> Slots);
