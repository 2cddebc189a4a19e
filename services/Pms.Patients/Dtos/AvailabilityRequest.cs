using Pms.Patients.Model;

namespace Pms.Patients.Dtos;

/// <summary>The doctor's whole weekly timetable; it replaces the one before.</summary>
public sealed record AvailabilityRequest(IReadOnlyList<WeeklyAvailability>? WeeklyAvailability);
