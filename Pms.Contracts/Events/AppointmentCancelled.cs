namespace Pms.Contracts.Events;

/// <summary>A booked appointment was cancelled and its slot freed.</summary>
public sealed record AppointmentCancelled(
    Guid AppointmentId,
    Guid PatientId,
    Guid DoctorId,
    string DoctorName,
    string DoctorTimeZone,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Reason) : IntegrationEvent
{
    public override string Source => ResourceNames.Patients;

    public override string Subject => PatientId.ToString();
}
