using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pms.Patients.Infrastructure;
using Pms.Patients.Model;
using Pms.ServiceDefaults.Hosting;

namespace Pms.Patients.Services;

/// <summary>
/// Keeps trying the registration and consultation fees that could not be charged when they fell
/// due until each is Charged, once they have been pending for <see cref="RegistrationFeeOptions.RetryPendingAfter"/>.
/// Billing's idempotency key makes overlapping attempts (several instances) harmless. A round stops at the first fee still pending: billing is down, the rest
/// would fail alike.
/// </summary>
public sealed partial class PendingFeesJob(
    IServiceScopeFactory scopes, IOptions<RegistrationFeeOptions> options, FeeRetryMetrics metrics, TimeProvider clock, ILogger<PendingFeesJob> logger)
    : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => options.Value.RetryInterval;

    protected override string Work => "retrying pending fees";

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (await RetryRegistrationFeesAsync(scope.ServiceProvider, cancellationToken))
        {
            await RetryConsultationFeesAsync(scope.ServiceProvider, cancellationToken);
        }
    }

    private DateTimeOffset PendingSince => Clock.GetUtcNow() - options.Value.RetryPendingAfter;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The registration fee of patient {PatientId} was charged by the retry job: its first charge had failed.")]
    private static partial void RegistrationFeeChargedLate(ILogger logger, Guid patientId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The consultation fee of appointment {AppointmentId} was charged by the retry job: its first charge had failed.")]
    private static partial void ConsultationFeeChargedLate(ILogger logger, Guid appointmentId);

    /// <returns>False when a fee stayed pending.</returns>
    private async Task<bool> RetryRegistrationFeesAsync(IServiceProvider services, CancellationToken stoppingToken)
    {
        var fees = services.GetRequiredService<FeeCharger>();
        var pending = await services.GetRequiredService<PatientDbContext>().Patients.AsNoTracking()
            .Where(patient => patient.RegistrationFeeStatus == FeeStatus.Pending && patient.CreatedAt <= PendingSince)
            .OrderBy(patient => patient.CreatedAt)
            .Select(patient => patient.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(stoppingToken);

        foreach (var patientId in pending)
        {
            if ((await fees.ChargeRegistrationAsync(patientId, stoppingToken)).Status == FeeStatus.Pending)
            {
                return false;
            }

            metrics.ChargedLate("registration");
            RegistrationFeeChargedLate(Logger, patientId);
        }

        return true;
    }

    private async Task RetryConsultationFeesAsync(IServiceProvider services, CancellationToken stoppingToken)
    {
        var fees = services.GetRequiredService<FeeCharger>();
        var pending = await services.GetRequiredService<PatientDbContext>().Appointments.AsNoTracking()
            .Where(appointment => appointment.ConsultationFeeStatus == FeeStatus.Pending && appointment.UpdatedAt <= PendingSince)
            .OrderBy(appointment => appointment.UpdatedAt)
            .Select(appointment => appointment.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(stoppingToken);

        foreach (var appointmentId in pending)
        {
            if ((await fees.ChargeConsultationAsync(appointmentId, stoppingToken)).Status == FeeStatus.Pending)
            {
                return;
            }

            metrics.ChargedLate("consultation");
            ConsultationFeeChargedLate(Logger, appointmentId);
        }
    }
}
