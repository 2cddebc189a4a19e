using Pms.Contracts;

namespace Pms.Auth.Services;

/// <summary>Section <c>Auth</c>; secrets come from AppHost parameters.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>RSA private key, PKCS#8 PEM: the first key of the signing ring, and the root that encrypts the ring's keys.</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>How often each replica rereads the signing-key ring, so a rotation reaches every replica within this time.</summary>
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>A session ends this long after its sign-in, however often its tokens were refreshed.</summary>
    public TimeSpan AbsoluteSessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// A session whose refresh token goes unused this long ends (the token and its family are revoked): an active
    /// client refreshes about once per access-token lifetime, so this is longer than that.
    /// </summary>
    public TimeSpan IdleSessionLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Roles whose accounts must enrol a second factor before they get tokens.</summary>
    public string[] MfaRequiredRoles { get; set; } = [PmsRoles.Admin, PmsRoles.Staff, PmsRoles.Doctor];

    /// <summary>How long the second step of a sign-in may take.</summary>
    public TimeSpan MfaTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an account that must enrol has to scan the secret and confirm a code.</summary>
    public TimeSpan EnrollmentTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failed sign-ins of one account from one address before that address waits <see cref="SignInThrottleTime"/>.</summary>
    public int FailuresPerAddress { get; set; } = 5;

    public TimeSpan SignInThrottleTime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long a sign-in waits in the queue for a turn to check its password before it is refused with a time to
    /// retry: while the machine is busy with other work the turns move slower than the queue's length suggests.
    /// </summary>
    public TimeSpan PasswordTurnWaitLimit { get; set; } = TimeSpan.FromMilliseconds(750);

    /// <summary>The web page a reset link opens; the token is added as <c>?token=</c>.</summary>
    public Uri PasswordResetPage { get; set; } = new("http://localhost:4200/reset-password");

    /// <summary>How long a password-reset link works.</summary>
    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromMinutes(30);

    public string AdminEmail { get; set; } = "admin@pms.local";

    public string? AdminPassword { get; set; }

    /// <summary>Client id → client secret of each service that may ask for a service token.</summary>
    public Dictionary<string, string> ServiceClients { get; set; } = [];
}
