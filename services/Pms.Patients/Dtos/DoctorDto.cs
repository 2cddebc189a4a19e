using Pms.Patients.Model;

namespace Pms.Patients.Dtos;

public sealed record DoctorDto(
    Guid Id,
    string FirstName,
    string LastName,
    string Specialty,
    string ConsultationFeeCode,
    string TimeZone,
    IReadOnlyList<WeeklyAvailability> WeeklyAvailability,
    uint Version)
{
    public static DoctorDto From(Doctor doctor) => new(
        doctor.Id, doctor.FirstName, doctor.LastName, doctor.Specialty, doctor.ConsultationFeeCode, doctor.TimeZoneId,
        [.. doctor.WeeklyAvailability.OrderBy(rule => rule.DayOfWeek).ThenBy(rule => rule.StartTime)], doctor.Version);
}
