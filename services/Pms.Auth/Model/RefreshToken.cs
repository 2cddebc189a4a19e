namespace Pms.Auth.Model;

/// <summary>
/// A refresh token, stored only as its hash. Tokens rotated from one sign-in share a family, so
/// reuse of a rotated token can revoke the whole session.
/// </summary>
public sealed class RefreshToken
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public Guid FamilyId { get; set; }

    public string TokenHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the sign-in that began this family happened: rotation never moves it, so a session has an absolute end.</summary>
    public DateTimeOffset SessionStartedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedReason { get; set; }

    public Guid? ReplacedByTokenId { get; set; }

    public string? CreatedByIp { get; set; }
}
