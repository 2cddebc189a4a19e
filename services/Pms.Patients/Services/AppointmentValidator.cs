using Pms.Patients.Dtos;
using Pms.Patients.Model;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Patients.Services;

/// <summary>
/// Checks appointment requests before anything is loaded, so a bad request is a 400 whatever the
/// appointment's state; the appointment's own rules stay with <see cref="Appointment"/>.
/// </summary>
public static class AppointmentValidator
{
    /// <summary>The reason for the cancellation.</summary>
    public static Outcome<string> Validate(CancelAppointmentRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        CheckReason(errors, request.Reason, required: true);
        return errors.Count == 0 && request.Reason is { } reason ? reason : new FieldErrors(errors);
    }

    public static Outcome<ValidBooking> Validate(BookAppointmentRequest request, Caller caller)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.DoctorId is null)
        {
            errors["doctorId"] = ["The doctor is required."];
        }

        if (request.StartsAt is null)
        {
            errors["startsAt"] = ["The start of the slot is required."];
        }

        if (caller.IsStaff && request.PatientId is null)
        {
            errors["patientId"] = ["The patient is required."];
        }

        CheckReason(errors, request.Reason, required: false);
        return errors.Count == 0 && request is { DoctorId: { } doctorId, StartsAt: { } startsAt }
            ? new ValidBooking(doctorId, startsAt.ToUniversalTime(), request.PatientId, request.Reason)
            : new FieldErrors(errors);
    }

    public static Outcome<ValidMove> Validate(RescheduleAppointmentRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.StartsAt is null)
        {
            errors["startsAt"] = ["The start of the new slot is required."];
        }

        CheckReason(errors, request.Reason, required: true);
        return errors.Count == 0 && request is { StartsAt: { } startsAt, Reason: { } reason }
            ? new ValidMove(startsAt.ToUniversalTime(), reason)
            : new FieldErrors(errors);
    }

    private static void CheckReason(Dictionary<string, string[]> errors, string? reason, bool required)
    {
        if (Appointment.ReasonProblem(reason, required) is { } problem)
        {
            errors["reason"] = [problem];
        }
    }
}
