namespace Pms.Patients.Dtos;

/// <summary>
/// Checks a patient in: for today's appointment (<see cref="AppointmentId"/>; the patient and doctor are the
/// appointment's) or as a walk-in to a doctor (<see cref="PatientId"/> and <see cref="DoctorId"/>).
/// </summary>
public sealed record CheckInRequest(Guid? AppointmentId, Guid? PatientId, Guid? DoctorId);
