namespace Pms.Notifications.Services;

/// <summary>An event overtook the patient's registration event; <see cref="IntegrationEvents.Handlers.AwaitsPatientContactAttribute"/> tries again later.</summary>
public sealed class ContactNotYetKnownException(Guid patientId)
    : Exception($"No contact details for patient {patientId} yet.");
