namespace Pms.Contracts.Events;

/// <summary>A patient was booked into one of a doctor's slots; carries what a confirmation message shows.</summary>
public sealed record AppointmentBooked(
    Guid AppointmentId,
    Guid PatientId,
    Guid DoctorId,
    string DoctorName,
    string DoctorTimeZone,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Reason) : IntegrationEvent
{
    public override string Source => ResourceNames.Patients;

    public override string Subject => PatientId.ToString();
}
