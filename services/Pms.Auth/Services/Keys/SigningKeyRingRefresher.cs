using Microsoft.Extensions.Options;

namespace Pms.Auth.Services.Keys;

/// <summary>
/// Loads the ring before auth-service serves (creating it on first start) and rereads it every
/// <see cref="AuthOptions.SigningKeyRefreshInterval"/>, so a rotation made on one replica reaches the others.
/// </summary>
public sealed partial class SigningKeyRingRefresher(
    IServiceScopeFactory scopes,
    IOptions<AuthOptions> options,
    TimeProvider clock,
    ILogger<SigningKeyRingRefresher> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SigningKeyStore>().EnsureAsync(cancellationToken);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SigningKeyRefreshInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SigningKeyStore>().ReloadAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogReloadFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rereading the signing-key ring failed; this replica keeps the ring it has and tries again.")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception);
}
