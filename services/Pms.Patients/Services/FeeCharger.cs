using Microsoft.EntityFrameworkCore;
using Pms.Contracts.Billing;
using Pms.Patients.Dtos;
using Pms.Patients.Infrastructure;
using Pms.Patients.Model;

namespace Pms.Patients.Services;

/// <summary>
/// Charges a patient's registration fee or a completed appointment's consultation fee through
/// billing and records the bill on the record. A fee already charged is not charged again. When
/// billing cannot be reached the fee stays <see cref="FeeStatus.Pending"/> and the pending-fee job
/// tries again.
/// </summary>
public sealed partial class FeeCharger(
    BillingFeeClient billing,
    PatientDbContext db,
    TimeProvider clock,
    ILogger<FeeCharger> logger)
{
    public async Task<FeeDto> ChargeRegistrationAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var fee = await db.Patients.AsNoTracking()
            .Where(patient => patient.Id == patientId)
            .Select(patient => new
            {
                Current = new FeeDto(patient.RegistrationFeeStatus, patient.RegistrationBillId),
                Patient = new FeePatient(patient.Id, patient.Mrn, patient.FirstName, patient.LastName, patient.AuthUserId, patient.UpdatedAt),
            })
            .SingleAsync(cancellationToken);
        if (fee.Current.Status == FeeStatus.Charged)
        {
            return fee.Current;
        }

        var charged = await ChargeAsync(new FeeRequest(FeeKind.Registration, null, fee.Patient), BillingFeeClient.RegistrationKey(patientId),
            (bill, now) => db.Patients.Where(patient => patient.Id == patientId).ExecuteUpdateAsync(set => set
                .SetProperty(patient => patient.RegistrationFeeStatus, FeeStatus.Charged)
                .SetProperty(patient => patient.RegistrationBillId, bill.BillId)
                .SetProperty(patient => patient.UpdatedAt, now), cancellationToken),
            cancellationToken);
        return charged is null ? fee.Current : new FeeDto(FeeStatus.Charged, charged.BillId);
    }

    /// <returns>The fee's status, with the bill when this call charged it.</returns>
    public async Task<(FeeStatus? Status, FeeCharged? Bill)> ChargeConsultationAsync(Guid appointmentId, CancellationToken cancellationToken)
    {
        var fee = await (
                from appointment in db.Appointments.AsNoTracking()
                join patient in db.Patients.AsNoTracking() on appointment.PatientId equals patient.Id
                where appointment.Id == appointmentId
                select new
                {
                    Status = appointment.ConsultationFeeStatus,
                    Code = appointment.ConsultationFeeCode,
                    Patient = new FeePatient(patient.Id, patient.Mrn, patient.FirstName, patient.LastName, patient.AuthUserId, patient.UpdatedAt),
                })
            .SingleAsync(cancellationToken);
        if (fee.Status != FeeStatus.Pending)
        {
            return (fee.Status, null);
        }

        var charged = await ChargeAsync(new FeeRequest(FeeKind.Consultation, fee.Code, fee.Patient), BillingFeeClient.ConsultationKey(appointmentId),
            (bill, now) => db.Appointments.Where(appointment => appointment.Id == appointmentId).ExecuteUpdateAsync(set => set
                .SetProperty(appointment => appointment.ConsultationFeeStatus, FeeStatus.Charged)
                .SetProperty(appointment => appointment.ConsultationBillId, bill.BillId)
                .SetProperty(appointment => appointment.UpdatedAt, now), cancellationToken),
            cancellationToken);
        return (charged is null ? FeeStatus.Pending : FeeStatus.Charged, charged);
    }

    /// <summary>Null when billing could not be reached: the fee stays pending.</summary>
    private async Task<FeeCharged?> ChargeAsync(
        FeeRequest request, string idempotencyKey, Func<FeeCharged, DateTimeOffset, Task<int>> recordBill, CancellationToken cancellationToken)
    {
        FeeCharged charged;
        try
        {
            charged = await billing.ChargeAsync(request, idempotencyKey, cancellationToken);
        }
        catch (Exception exception) when (BillingFailure.LeavesFeePending(exception, cancellationToken))
        {
            LogBillingUnavailable(logger, request.Kind, idempotencyKey, exception.GetType().Name);
            return null;
        }

        await recordBill(charged, clock.GetUtcNow());
        return charged;
    }
    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Kind} fee {IdempotencyKey} stays pending: billing answered {Failure}")]
    private static partial void LogBillingUnavailable(ILogger logger, FeeKind kind, string idempotencyKey, string failure);
}
