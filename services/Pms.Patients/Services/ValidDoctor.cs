namespace Pms.Patients.Services;

/// <param name="TimeZone">An IANA time zone id, or null for the clinic's default.</param>
public sealed record ValidDoctor(Guid Id, string FirstName, string LastName, string Specialty, string ConsultationFeeCode, string? TimeZone);
