using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Pms.Auth.Infrastructure;
using Pms.Auth.Model;

namespace Pms.Auth.Services.Mfa;

/// <summary>The opaque tokens of a sign-in's second step (mfaToken, enrollmentToken), stored as hashes.</summary>
public sealed class SignInChallenges(AuthDbContext db, IOptions<AuthOptions> options, TimeProvider clock)
{
    /// <summary>A new challenge, saved with the caller's changes; the token is returned once.</summary>
    public string Open(Guid userId, SignInChallengeKind kind)
    {
        var token = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        db.SignInChallenges.Add(new SignInChallenge
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Kind = kind,
            TokenHash = Hash(token),
            CreatedAt = now,
            ExpiresAt = now + (kind == SignInChallengeKind.Mfa ? options.Value.MfaTokenLifetime : options.Value.EnrollmentTokenLifetime),
        });
        return token;
    }

    /// <summary>The open, unexpired challenge this token names.</summary>
    public Task<SignInChallenge?> FindOpenAsync(string? token, SignInChallengeKind kind, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return Task.FromResult<SignInChallenge?>(null);
        }

        var hash = Hash(token.Trim());
        var now = clock.GetUtcNow();
        return db.SignInChallenges.SingleOrDefaultAsync(
            challenge => challenge.TokenHash == hash && challenge.Kind == kind && challenge.CompletedAt == null && challenge.ExpiresAt > now, cancellationToken);
    }

    /// <summary>Completes the challenge unless a concurrent request did first; only the winner signs in.</summary>
    public async Task<bool> TryCompleteAsync(SignInChallenge challenge, CancellationToken cancellationToken) =>
        await db.SignInChallenges.Where(stored => stored.Id == challenge.Id && stored.CompletedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(stored => stored.CompletedAt, clock.GetUtcNow()), cancellationToken) == 1;

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
