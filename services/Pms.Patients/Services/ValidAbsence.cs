namespace Pms.Patients.Services;

/// <summary>An absence that keeps the doctor's rules: whole days without times, or a range between two local times.</summary>
public sealed record ValidAbsence(DateOnly StartsOn, DateOnly EndsOn, TimeOnly? StartTime, TimeOnly? EndTime, string Reason);
