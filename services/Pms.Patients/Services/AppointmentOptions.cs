namespace Pms.Patients.Services;

/// <summary>Section <c>Appointments</c>.</summary>
public sealed class AppointmentOptions
{
    public const string SectionName = "Appointments";

    /// <summary>
    /// IANA time zone of a new doctor whose profile names none, and in which a list of appointments
    /// across doctors reads its <c>date</c> filter.
    /// </summary>
    public string DefaultTimeZone { get; set; } = "UTC";
}
