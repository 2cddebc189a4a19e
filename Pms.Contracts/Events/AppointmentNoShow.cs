namespace Pms.Contracts.Events;

/// <summary>The patient did not come: the appointment is closed as NoShow.</summary>
public sealed record AppointmentNoShow(
    Guid AppointmentId,
    Guid PatientId,
    Guid DoctorId,
    DateTimeOffset StartsAt,
    DateTimeOffset MarkedAt) : IntegrationEvent
{
    public override string Source => ResourceNames.Patients;

    public override string Subject => PatientId.ToString();
}
