using Pms.Patients.Model;

namespace Pms.Patients.Dtos;

/// <summary>The free slots of a doctor on a date of the doctor's time zone, as UTC instants.</summary>
public sealed record DaySlotsDto(Guid DoctorId, DateOnly Date, string TimeZone, IReadOnlyList<Slot> Slots);
