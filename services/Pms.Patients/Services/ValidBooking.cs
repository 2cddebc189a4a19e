namespace Pms.Patients.Services;

/// <param name="PatientId">The patient staff book for; a patient books for themselves and may leave it out.</param>
public sealed record ValidBooking(Guid DoctorId, DateTimeOffset StartsAt, Guid? PatientId, string? Reason);
