using Microsoft.Extensions.Options;
using Pms.ServiceDefaults.Hosting;

namespace Pms.Auth.Services.Keys;

/// <summary>
/// Loads the ring before auth-service serves (creating it on first start) and rereads it every
/// <see cref="AuthOptions.SigningKeyRefreshInterval"/>, so a rotation made on one replica reaches the others.
/// </summary>
public sealed class SigningKeyRingRefresher(
    IServiceScopeFactory scopes,
    IOptions<AuthOptions> options,
    TimeProvider clock,
    ILogger<SigningKeyRingRefresher> logger) : PeriodicJob(clock, logger)
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SigningKeyStore>().EnsureAsync(cancellationToken);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override TimeSpan Interval => options.Value.SigningKeyRefreshInterval;

    protected override string Work => "rereading the signing-key ring (this replica keeps the ring it has)";

    /// <summary>The ring this replica has keeps signing and verifying meanwhile.</summary>
    protected override LogLevel FailureLevel => LogLevel.Warning;

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SigningKeyStore>().ReloadAsync(cancellationToken);
    }
}
