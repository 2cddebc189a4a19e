using Pms.Patients.Model;

namespace Pms.Patients.Dtos;

public sealed record AppointmentDto(
    Guid Id,
    Guid DoctorId,
    Guid PatientId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    AppointmentStatus Status,
    string? Reason,
    string? CancellationReason,
    string? RescheduleReason,
    FeeDto? ConsultationFee,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version)
{
    public static AppointmentDto From(Appointment appointment) => new(
        appointment.Id, appointment.DoctorId, appointment.PatientId, appointment.StartsAt, appointment.EndsAt, appointment.Status,
        appointment.Reason, appointment.CancellationReason, appointment.RescheduleReason,
        appointment.ConsultationFeeStatus is { } feeStatus ? new FeeDto(feeStatus, appointment.ConsultationBillId) : null, appointment.CreatedAt, appointment.UpdatedAt,
        appointment.Version);
}
