using Pms.Patients.Dtos;

namespace Pms.Patients.Services;

public abstract record AppointmentOutcome
{
    public sealed record Done(AppointmentDto Appointment) : AppointmentOutcome;

    public sealed record Invalid(IDictionary<string, string[]> Errors) : AppointmentOutcome;

    public sealed record Refused(int Status, string Title) : AppointmentOutcome
    {
        public static Refused NotFound(string title) => new(StatusCodes.Status404NotFound, title);

        public static Refused Forbidden(string title) => new(StatusCodes.Status403Forbidden, title);

        public static Refused Conflict(string title) => new(StatusCodes.Status409Conflict, title);

        public static Refused Unprocessable(string title) => new(StatusCodes.Status422UnprocessableEntity, title);
    }
}
