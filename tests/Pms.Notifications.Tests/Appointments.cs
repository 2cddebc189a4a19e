using Pms.Contracts.Events;

namespace Pms.Notifications.Tests;

/// <summary>Appointment events as patient-service publishes them, with a London doctor.</summary>
public static class Appointments
{
    public const string Doctor = "Ada Lovelace";
    public const string London = "Europe/London";

    public static AppointmentBooked Booked(Guid patientId, DateTimeOffset startsAt, Guid? appointmentId = null) =>
        new(appointmentId ?? Guid.NewGuid(), patientId, Guid.NewGuid(), Doctor, London, startsAt, startsAt.AddMinutes(30), "Cough");

    public static AppointmentRescheduled Rescheduled(AppointmentBooked booked, DateTimeOffset startsAt) =>
        new(booked.AppointmentId, booked.PatientId, booked.DoctorId, Doctor, London, booked.StartsAt, startsAt, startsAt.AddMinutes(30), "Doctor away")
        {
            OccurredAt = booked.OccurredAt.AddMinutes(1),
        };

    public static AppointmentCancelled Cancelled(AppointmentBooked booked) =>
        new(booked.AppointmentId, booked.PatientId, booked.DoctorId, Doctor, London, booked.StartsAt, booked.EndsAt, "Feeling better")
        {
            OccurredAt = booked.OccurredAt.AddMinutes(1),
        };
}
