namespace Pms.Patients.Dtos;

public sealed record DuplicateCandidateDto(Guid Id, string Mrn, string FirstName, string LastName, DateOnly DateOfBirth, string? PhoneNumber);
