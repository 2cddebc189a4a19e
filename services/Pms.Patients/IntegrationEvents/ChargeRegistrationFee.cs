namespace Pms.Patients.IntegrationEvents;

/// <summary>
/// A local, durable command saved with every new patient record: charge its registration fee. A fee
/// already charged when it runs is left as it is.
/// </summary>
public sealed record ChargeRegistrationFee(Guid PatientId);
