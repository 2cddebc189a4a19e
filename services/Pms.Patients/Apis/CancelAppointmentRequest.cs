namespace Pms.Patients.Apis;

public sealed record CancelAppointmentRequest(string? Reason);
