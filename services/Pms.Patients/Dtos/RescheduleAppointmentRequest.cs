namespace Pms.Patients.Dtos;

/// <summary>Moves a booked appointment to another slot of the same doctor.</summary>
public sealed record RescheduleAppointmentRequest(DateTimeOffset? StartsAt, string? Reason);
