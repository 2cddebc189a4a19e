namespace Pms.Contracts.Events;

/// <summary>A doctor saw the patient: the appointment is closed as Completed.</summary>
public sealed record AppointmentCompleted(
    Guid AppointmentId,
    Guid PatientId,
    Guid DoctorId,
    DateTimeOffset StartsAt,
    DateTimeOffset CompletedAt) : IntegrationEvent
{
    public override string Source => ResourceNames.Patients;

    public override string Subject => PatientId.ToString();
}
