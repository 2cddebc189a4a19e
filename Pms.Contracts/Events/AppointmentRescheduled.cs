namespace Pms.Contracts.Events;

/// <summary>A booked appointment moved to another slot of the same doctor.</summary>
public sealed record AppointmentRescheduled(
    Guid AppointmentId,
    Guid PatientId,
    Guid DoctorId,
    string DoctorName,
    string DoctorTimeZone,
    DateTimeOffset PreviousStartsAt,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Reason) : IntegrationEvent
{
    public override string Source => ResourceNames.Patients;

    public override string Subject => PatientId.ToString();
}
