namespace Pms.Auth.Model;

/// <summary>The account's access tokens issued before <see cref="RevokedBefore"/> no longer count (to the millisecond, as a token's <c>iat_ms</c>).</summary>
public sealed class AccessRevocation
{
    public Guid UserId { get; set; }

    public DateTimeOffset RevokedBefore { get; set; }
}
