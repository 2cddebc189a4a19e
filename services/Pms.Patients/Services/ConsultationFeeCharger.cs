using Microsoft.EntityFrameworkCore;
using Pms.Patients.Infrastructure;
using Pms.Patients.Model;

namespace Pms.Patients.Services;

/// <summary>
/// Charges a completed appointment's consultation fee and records the outcome. When billing cannot
/// be reached the fee stays <see cref="FeeStatus.Pending"/> and the pending-fee job tries again.
/// </summary>
public sealed partial class ConsultationFeeCharger(
    BillingFeeClient billing,
    PatientDbContext db,
    TimeProvider clock,
    ILogger<ConsultationFeeCharger> logger)
{
    public async Task<FeeStatus> TryChargeAsync(Guid appointmentId, Guid patientId, string feeCode, CancellationToken cancellationToken)
    {
        try
        {
            var charged = await billing.ChargeConsultationAsync(appointmentId, patientId, feeCode, cancellationToken);
            var now = clock.GetUtcNow();
            await db.Appointments.Where(appointment => appointment.Id == appointmentId)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(appointment => appointment.ConsultationFeeStatus, FeeStatus.Charged)
                    .SetProperty(appointment => appointment.ConsultationBillId, charged.BillId)
                    .SetProperty(appointment => appointment.UpdatedAt, now), cancellationToken);
            return FeeStatus.Charged;
        }
        catch (Exception exception) when (BillingFailure.LeavesFeePending(exception, cancellationToken))
        {
            LogBillingUnavailable(logger, appointmentId, exception.GetType().Name);
            return FeeStatus.Pending;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consultation fee for appointment {AppointmentId} stays pending: billing answered {Failure}")]
    private static partial void LogBillingUnavailable(ILogger logger, Guid appointmentId, string failure);
}
