using Pms.Contracts.Events;
using Pms.Patients.Model;

namespace Pms.Patients.Services;

public static class AppointmentEvents
{
    public static AppointmentBooked Booked(Appointment appointment, Doctor doctor) => new(
        appointment.Id, appointment.PatientId, doctor.Id, DoctorName(doctor), doctor.TimeZoneId, appointment.StartsAt, appointment.EndsAt, appointment.Reason);

    public static AppointmentCancelled Cancelled(Appointment appointment, Doctor doctor) => new(
        appointment.Id, appointment.PatientId, doctor.Id, DoctorName(doctor), doctor.TimeZoneId, appointment.StartsAt, appointment.EndsAt,
        appointment.CancellationReason!);

    public static AppointmentRescheduled Rescheduled(Appointment appointment, Doctor doctor, DateTimeOffset previousStartsAt) => new(
        appointment.Id, appointment.PatientId, doctor.Id, DoctorName(doctor), doctor.TimeZoneId, previousStartsAt, appointment.StartsAt,
        appointment.EndsAt, appointment.RescheduleReason!);

    public static AppointmentCompleted Completed(Appointment appointment) =>
        new(appointment.Id, appointment.PatientId, appointment.DoctorId, appointment.StartsAt, appointment.UpdatedAt);

    public static AppointmentNoShow NoShow(Appointment appointment) =>
        new(appointment.Id, appointment.PatientId, appointment.DoctorId, appointment.StartsAt, appointment.UpdatedAt);

    private static string DoctorName(Doctor doctor) => $"{doctor.FirstName} {doctor.LastName}";
}
