namespace Pms.Contracts.Billing;

/// <summary>The billed patient as patient-service held them when their record last changed, at <paramref name="AsOf"/>.</summary>
public sealed record FeePatient(Guid PatientId, string Mrn, string FirstName, string LastName, Guid? AuthUserId, DateTimeOffset AsOf);
