namespace Pms.Auth.Model;

/// <summary>
/// The second step of a sign-in whose password was right: an MFA code, or enrolment first. The token
/// is handed out once and stored only as its hash; it expires in minutes and completes one sign-in.
/// </summary>
public sealed class SignInChallenge
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public SignInChallengeKind Kind { get; set; }

    public string TokenHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}

public enum SignInChallengeKind
{
    Mfa,
    Enrollment,
}
