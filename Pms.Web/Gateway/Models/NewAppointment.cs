namespace Pms.Web.Gateway.Models;

/// <summary>A booking; a patient books for themselves (no <see cref="PatientId"/>), staff name the patient.</summary>
public sealed record NewAppointment(Guid DoctorId, DateTimeOffset StartsAt, Guid? PatientId, string? Reason);
