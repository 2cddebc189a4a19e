using Pms.Patients.Services;

namespace Pms.Patients.IntegrationEvents.Handlers;

public static class ChargeRegistrationFeeHandler
{
    public static Task Handle(ChargeRegistrationFee command, FeeCharger fees, CancellationToken cancellationToken) =>
        fees.ChargeRegistrationAsync(command.PatientId, cancellationToken);
}
