namespace Pms.Notifications.Services;

/// <summary>A billing event overtook the patient's registration event; the retry policy tries again shortly.</summary>
public sealed class ContactNotYetKnownException(Guid patientId)
    : Exception($"No contact details for patient {patientId} yet.");
