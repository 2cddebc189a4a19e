namespace Pms.Patients.Dtos;

/// <summary>A patient books for themselves (leave <see cref="PatientId"/> out); staff name the patient.</summary>
public sealed record BookAppointmentRequest(Guid? DoctorId, DateTimeOffset? StartsAt, Guid? PatientId, string? Reason);
