namespace Pms.Web.Gateway.Models;

public sealed record RegisteredPatient(Guid Id, string Mrn, RegistrationFee RegistrationFee);
