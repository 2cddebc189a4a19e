using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pms.Patients.Infrastructure;
using Pms.Patients.Model;

namespace Pms.Patients.Services;

/// <summary>
/// Keeps trying the registration fees that could not be charged at registration until each is
/// Charged. Billing's idempotency key makes overlapping attempts (several instances) harmless.
/// </summary>
public sealed class PendingRegistrationFeesJob(IServiceScopeFactory scopes, IOptions<RegistrationFeeOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetryInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PatientDbContext>();
            var charger = scope.ServiceProvider.GetRequiredService<RegistrationFeeCharger>();
            var pending = await db.Patients.AsNoTracking()
                .Where(patient => patient.RegistrationFeeStatus == RegistrationFeeStatus.Pending)
                .OrderBy(patient => patient.CreatedAt)
                .Select(patient => patient.Id)
                .Take(options.Value.BatchSize)
                .ToListAsync(stoppingToken);

            foreach (var patientId in pending)
            {
                if ((await charger.TryChargeAsync(patientId, stoppingToken)).Status == RegistrationFeeStatus.Pending)
                {
                    break;
                }
            }
        }
    }
}
