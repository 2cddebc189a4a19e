using System.Collections.Concurrent;

namespace Pms.ServiceDefaults.Authentication;

/// <summary>
/// Accounts whose access tokens issued before a moment no longer count (locked, roles changed, password reset),
/// as auth-service announces them; a token of such an account issued earlier is refused though not yet expired.
/// </summary>
public sealed class TokenRevocations
{
    /// <summary>When the token was issued, in Unix milliseconds: <c>iat</c> has whole seconds only.</summary>
    public const string IssuedAtMillisecondsClaim = "iat_ms";

    private readonly ConcurrentDictionary<string, DateTimeOffset> _revokedBefore = new(StringComparer.Ordinal);

    /// <summary>The latest revocation seen; the next poll asks for what came after it.</summary>
    public DateTimeOffset? Latest { get; private set; }

    public void Add(string subject, DateTimeOffset revokedBefore)
    {
        _revokedBefore.AddOrUpdate(subject, revokedBefore, (_, earlier) => earlier > revokedBefore ? earlier : revokedBefore);
        if (Latest is null || revokedBefore > Latest)
        {
            Latest = revokedBefore;
        }
    }

    public bool IsRevoked(string subject, DateTimeOffset issuedAt) =>
        _revokedBefore.TryGetValue(subject, out var revokedBefore) && issuedAt < revokedBefore;

    public bool IsRevoked(Microsoft.IdentityModel.JsonWebTokens.JsonWebToken token) =>
        IsRevoked(token.Subject, token.TryGetPayloadValue<long>(IssuedAtMillisecondsClaim, out var milliseconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
            : new DateTimeOffset(token.IssuedAt, TimeSpan.Zero));
}
