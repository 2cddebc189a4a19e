using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Pms.Auth.Infrastructure;
using Pms.Auth.Model;

namespace Pms.Auth.Services;

/// <summary>Creates, rotates and revokes refresh tokens; only their SHA-256 hashes are stored.</summary>
public sealed class RefreshTokenStore(AuthDbContext db, IOptions<AuthOptions> options, IHttpContextAccessor http, TimeProvider clock)
{
    public string Issue(Guid userId, Guid familyId, DateTimeOffset sessionStartedAt, out RefreshToken stored)
    {
        var token = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        stored = new RefreshToken
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            FamilyId = familyId,
            TokenHash = Hash(token),
            CreatedAt = now,
            SessionStartedAt = sessionStartedAt,
            ExpiresAt = now.Add(options.Value.RefreshTokenLifetime),
            CreatedByIp = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        };
        db.RefreshTokens.Add(stored);
        return token;
    }

    public Task<RefreshToken?> FindAsync(string token, CancellationToken cancellationToken)
    {
        var hash = Hash(token);
        return db.RefreshTokens.SingleOrDefaultAsync(stored => stored.TokenHash == hash, cancellationToken);
    }

    /// <summary>Marks <paramref name="current"/> as replaced unless a concurrent request already used it.</summary>
    public async Task<bool> TryRotateAsync(RefreshToken current, Guid replacementId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var updated = await db.RefreshTokens
            .Where(stored => stored.Id == current.Id && stored.RevokedAt == null)
            .ExecuteUpdateAsync(set => set
                .SetProperty(stored => stored.RevokedAt, now)
                .SetProperty(stored => stored.RevokedReason, "Rotated")
                .SetProperty(stored => stored.ReplacedByTokenId, replacementId), cancellationToken);
        return updated == 1;
    }

    public Task<int> RevokeFamilyAsync(Guid familyId, string reason, CancellationToken cancellationToken) =>
        Revoke(db.RefreshTokens.Where(stored => stored.FamilyId == familyId), reason, cancellationToken);

    public Task<int> RevokeAllOfUserAsync(Guid userId, string reason, CancellationToken cancellationToken) =>
        Revoke(db.RefreshTokens.Where(stored => stored.UserId == userId), reason, cancellationToken);

    /// <summary>Every session of the account but <paramref name="keptFamilyId"/>.</summary>
    public Task<int> RevokeOthersOfUserAsync(Guid userId, Guid keptFamilyId, string reason, CancellationToken cancellationToken) =>
        Revoke(db.RefreshTokens.Where(stored => stored.UserId == userId && stored.FamilyId != keptFamilyId), reason, cancellationToken);

    private Task<int> Revoke(IQueryable<RefreshToken> tokens, string reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return tokens.Where(stored => stored.RevokedAt == null)
            .ExecuteUpdateAsync(set => set
                .SetProperty(stored => stored.RevokedAt, now)
                .SetProperty(stored => stored.RevokedReason, reason), cancellationToken);
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
