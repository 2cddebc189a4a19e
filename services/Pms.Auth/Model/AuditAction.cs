namespace Pms.Auth.Model;

public enum AuditAction
{
    LoginSucceeded,
    LoginFailed,
    LoginLockedOut,
    AccountLockedOut,
    TokenRefreshed,
    RefreshTokenReused,
    LoggedOut,
    UserRegistered,
    UserCreated,
    RolesChanged,
    UserLocked,
    UserUnlocked,
    ServiceTokenRefused,
    MfaChallengeFailed,
    MfaEnrolled,
    MfaReset,
    RecoveryCodeUsed,
    SessionExpired,
    PasswordChanged,
    PasswordResetRequested,
    PasswordReset,
    SigningKeysRotated,
}
