namespace Pms.Web.Gateway.Models;

public sealed record Doctor(
    Guid Id,
    string FirstName,
    string LastName,
    string Specialty,
    string ConsultationFeeCode,
    string TimeZone,
    IReadOnlyList<WeeklyHours> WeeklyAvailability,
    uint Version)
{
    public string FullName => $"Dr {FirstName} {LastName}";
}
