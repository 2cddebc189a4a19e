namespace Pms.Patients.Dtos;

public sealed record RegisteredPatientResponse(Guid Id, string Mrn, FeeDto RegistrationFee);
