namespace Pms.Patients.Dtos;

public sealed record CancelAppointmentRequest(string? Reason);
