namespace Pms.Patients.Dtos;

/// <summary>A doctor's profile; <see cref="Id"/> is the auth-service account id of a user with the Doctor role.</summary>
public sealed record DoctorRequest(Guid? Id, string? FirstName, string? LastName, string? Specialty, string? ConsultationFeeCode, string? TimeZone);
