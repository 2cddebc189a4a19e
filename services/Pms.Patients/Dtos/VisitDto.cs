using Pms.Patients.Model;

namespace Pms.Patients.Dtos;

/// <summary>A visit in the waiting room with what a screen shows of it; waiting time is now less <see cref="CheckedInAt"/>.</summary>
public sealed record VisitDto(
    Guid Id,
    Guid PatientId,
    string PatientName,
    string Mrn,
    Guid DoctorId,
    string DoctorName,
    Guid? AppointmentId,
    DateTimeOffset? AppointmentStartsAt,
    VisitStage Stage,
    DateTimeOffset CheckedInAt,
    DateTimeOffset? CalledAt,
    DateTimeOffset? ConsultationEndedAt,
    DateTimeOffset? ClosedAt,
    uint Version);
