using Microsoft.EntityFrameworkCore;
using Pms.Patients.Infrastructure;
using Pms.Patients.Model;

namespace Pms.Patients.Services;

/// <summary>
/// Charges a patient's registration fee and records the outcome. When billing cannot be reached
/// the patient stays <see cref="FeeStatus.Pending"/> and the pending-fee job tries again.
/// </summary>
public sealed partial class RegistrationFeeCharger(
    BillingFeeClient billing,
    PatientDbContext db,
    TimeProvider clock,
    ILogger<RegistrationFeeCharger> logger)
{
    public async Task<(FeeStatus Status, Guid? BillId)> TryChargeAsync(Guid patientId, CancellationToken cancellationToken)
    {
        try
        {
            var charged = await billing.ChargeRegistrationAsync(patientId, cancellationToken);
            var now = clock.GetUtcNow();
            await db.Patients.Where(patient => patient.Id == patientId)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(patient => patient.RegistrationFeeStatus, FeeStatus.Charged)
                    .SetProperty(patient => patient.RegistrationBillId, charged.BillId)
                    .SetProperty(patient => patient.UpdatedAt, now), cancellationToken);
            return (FeeStatus.Charged, charged.BillId);
        }
        catch (Exception exception) when (BillingFailure.LeavesFeePending(exception, cancellationToken))
        {
            LogBillingUnavailable(logger, patientId, exception.GetType().Name);
            return (FeeStatus.Pending, null);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Registration fee for patient {PatientId} stays pending: billing answered {Failure}")]
    private static partial void LogBillingUnavailable(ILogger logger, Guid patientId, string failure);
}
