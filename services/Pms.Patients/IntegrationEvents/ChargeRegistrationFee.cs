namespace Pms.Patients.IntegrationEvents;

/// <summary>A local, durable command: charge this patient's registration fee now that the record exists.</summary>
public sealed record ChargeRegistrationFee(Guid PatientId);
