namespace Pms.Web.Gateway.Models;

public sealed record Visit(
    Guid Id,
    Guid PatientId,
    string PatientName,
    string Mrn,
    Guid DoctorId,
    string DoctorName,
    Guid? AppointmentId,
    DateTimeOffset? AppointmentStartsAt,
    string Stage,
    DateTimeOffset CheckedInAt,
    DateTimeOffset? CalledAt,
    DateTimeOffset? ConsultationEndedAt,
    DateTimeOffset? ClosedAt,
    uint Version);
