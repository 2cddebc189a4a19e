using System.Net.Http.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Pms.ServiceDefaults.Authentication;

/// <summary>
/// Asks auth-service every <see cref="Interval"/> for the revocations since the last one seen, so a locked account's
/// tokens stop working within seconds rather than at their 15-minute expiry. While auth cannot be reached the known
/// revocations keep applying and the outage is logged once.
/// </summary>
public sealed class TokenRevocationPoller(IHttpClientFactory clients, TokenRevocations revocations, TimeProvider clock, ILogger<TokenRevocationPoller> logger)
    : BackgroundService
{
    public const string HttpClientName = "auth-revocations";
    public const string Path = "/internal/auth/revocations";
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    /// <summary>Revocations older than the longest access-token lifetime concern no token still alive.</summary>
    private static readonly TimeSpan LookBack = TimeSpan.FromMinutes(16);

    public sealed record Revocation(Guid UserId, DateTimeOffset RevokedBefore);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failing = false;
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var since = revocations.Latest ?? clock.GetUtcNow() - LookBack;
                using var client = clients.CreateClient(HttpClientName);
                var found = await client.GetFromJsonAsync<List<Revocation>>($"{Path}?since={Uri.EscapeDataString(since.ToString("O"))}", stoppingToken) ?? [];
                foreach (var revocation in found)
                {
                    revocations.Add(revocation.UserId.ToString(), revocation.RevokedBefore);
                }

                if (failing)
                {
                    logger.LogInformation("Token revocations are reachable again.");
                    failing = false;
                }
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                if (!failing)
                {
                    logger.LogWarning(failure, "Token revocations cannot be read from auth-service; the ones already known keep applying.");
                    failing = true;
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
