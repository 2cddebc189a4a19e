using Pms.Patients.Services;

namespace Pms.Patients.IntegrationEvents.Handlers;

public static class ChargeRegistrationFeeHandler
{
    public static Task Handle(ChargeRegistrationFee command, RegistrationFeeCharger charger, CancellationToken cancellationToken) =>
        charger.TryChargeAsync(command.PatientId, cancellationToken);
}
