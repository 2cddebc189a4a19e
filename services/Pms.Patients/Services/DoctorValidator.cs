using Pms.Patients.Dtos;
using Pms.Patients.Infrastructure.EntityConfigurations;
using Pms.Patients.Model;
using Pms.ServiceDefaults.Apis;

namespace Pms.Patients.Services;

/// <summary>
/// Checks requests about doctors before anything is loaded: the fields they must carry, and the doctor's own
/// rules for timetables and absences. Every broken rule is reported under its field's name.
/// </summary>
public static class DoctorValidator
{
    public static Outcome<ValidDoctor> Validate(DoctorRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Id is not { } id || id == Guid.Empty)
        {
            errors["id"] = ["The doctor's account id is required."];
        }

        RequireText(errors, "firstName", request.FirstName, PatientConfiguration.NameLength);
        RequireText(errors, "lastName", request.LastName, PatientConfiguration.NameLength);
        RequireText(errors, "specialty", request.Specialty, DoctorConfiguration.SpecialtyLength);
        RequireText(errors, "consultationFeeCode", request.ConsultationFeeCode, DoctorConfiguration.FeeCodeLength);
        if (request.TimeZone is not null && Doctor.FindTimeZone(request.TimeZone) is null)
        {
            errors["timeZone"] = ["The time zone must be an IANA time zone id, e.g. Europe/London."];
        }

        return errors.Count == 0 && request is { Id: { } validId, FirstName: { } firstName, LastName: { } lastName, Specialty: { } specialty, ConsultationFeeCode: { } feeCode }
            ? new ValidDoctor(validId, firstName, lastName, specialty, feeCode, request.TimeZone)
            : new FieldErrors(errors);
    }

    public static Outcome<IReadOnlyList<WeeklyAvailability>> Validate(AvailabilityRequest request)
    {
        var errors = Doctor.WeeklyAvailabilityErrors(request.WeeklyAvailability);
        return errors.Count == 0 && request.WeeklyAvailability is { } weekly
            ? new Outcome<IReadOnlyList<WeeklyAvailability>>.Done(weekly)
            : new FieldErrors(errors);
    }

    public static Outcome<ValidAbsence> Validate(AvailabilityExceptionRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        RequireText(errors, "reason", request.Reason, DoctorConfiguration.ReasonLength);
        if (request.StartsOn is not { } startsOn || request.EndsOn is not { } endsOn)
        {
            errors["startsOn"] = ["The first and last dates are required."];
            return new FieldErrors(errors);
        }

        foreach (var (field, messages) in Doctor.ExceptionErrors(startsOn, endsOn, request.StartTime, request.EndTime))
        {
            errors[field] = messages;
        }

        return errors.Count == 0 && request.Reason is { } reason
            ? new ValidAbsence(startsOn, endsOn, request.StartTime, request.EndTime, reason)
            : new FieldErrors(errors);
    }

    private static void RequireText(Dictionary<string, string[]> errors, string field, string? value, int maximum)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length > maximum)
        {
            errors[field] = [$"A value of 1 to {maximum} characters is required."];
        }
    }
}
