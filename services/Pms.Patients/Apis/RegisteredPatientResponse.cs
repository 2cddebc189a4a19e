namespace Pms.Patients.Apis;

public sealed record RegisteredPatientResponse(Guid Id, string Mrn, FeeDto RegistrationFee);
