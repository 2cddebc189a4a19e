using Microsoft.EntityFrameworkCore;
using Pms.Auth.Infrastructure;
using Pms.Auth.Model;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Auth.Services;

/// <summary>
/// Ends an account's access tokens now rather than at their expiry: the revocation is saved with the caller's change,
/// auth applies it at once, and the gateway and services read it within seconds (<see cref="TokenRevocationPoller"/>).
/// </summary>
public sealed class AccessRevocations(AuthDbContext db, TokenRevocations applied, TimeProvider clock)
{
    public async Task RevokeAsync(Guid userId, CancellationToken cancellationToken)
    {
        // Milliseconds, like a token's issued-at claim: a sign-in right after (say, once unlocked) still counts.
        var now = clock.GetUtcNow();
        var revokedBefore = DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds());
        var revocation = await db.AccessRevocations.FindAsync([userId], cancellationToken);
        if (revocation is null)
        {
            db.AccessRevocations.Add(new AccessRevocation { UserId = userId, RevokedBefore = revokedBefore });
        }
        else
        {
            revocation.RevokedBefore = revokedBefore;
        }

        applied.Add(userId.ToString(), revokedBefore);
    }

    public async Task<List<TokenRevocationPoller.Revocation>> SinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        await db.AccessRevocations.AsNoTracking()
            .Where(revocation => revocation.RevokedBefore > since)
            .OrderBy(revocation => revocation.RevokedBefore)
            .Select(revocation => new TokenRevocationPoller.Revocation(revocation.UserId, revocation.RevokedBefore))
            .ToListAsync(cancellationToken);
}
