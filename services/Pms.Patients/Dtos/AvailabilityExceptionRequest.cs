namespace Pms.Patients.Dtos;

/// <summary>Whole days (no times) or a range from <see cref="StartsOn"/> at <see cref="StartTime"/> to <see cref="EndsOn"/> at <see cref="EndTime"/>, in the doctor's local time.</summary>
public sealed record AvailabilityExceptionRequest(DateOnly? StartsOn, DateOnly? EndsOn, TimeOnly? StartTime, TimeOnly? EndTime, string? Reason);
