using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Pms.Auth.Dtos;
using Pms.Auth.Infrastructure;
using Pms.Auth.Model;
using Pms.Auth.Services.Mfa;
using Pms.ServiceDefaults.Apis;

namespace Pms.Auth.Services;

/// <summary>
/// Sign-in (password, then the second factor or enrolment), refresh-token rotation with reuse detection and an
/// absolute session end, and sign-out. Every refusal answers alike, so no answer tells whether an account exists
/// or is locked.
/// </summary>
public sealed class SessionService(
    UserManager<PmsUser> users,
    AuthDbContext db,
    AccessTokenIssuer accessTokens,
    RefreshTokenStore refreshTokens,
    AccountLoginLimiter accountLimiter,
    PasswordWork passwordWork,
    SignInThrottle throttle,
    UnknownAccountHasher unknownAccounts,
    SignInChallenges challenges,
    TotpCodes totp,
    RecoveryCodes recoveryCodes,
    AuditTrail audit,
    IHttpContextAccessor http,
    IOptions<AuthOptions> options,
    TimeProvider clock)
{
    private string Address => http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "";

    public async Task<Outcome<LoginResponse>> LoginAsync(string email, string password, CancellationToken cancellationToken)
    {
        using var turn = await passwordWork.TakeTurnAsync(cancellationToken);
        if (turn is null)
        {
            return SessionRefusals.Busy;
        }

        var normalizedEmail = users.NormalizeEmail(email.Trim());
        if (!(await accountLimiter.TryAcquireAsync(normalizedEmail, cancellationToken)).Allowed || await throttle.IsThrottledAsync(normalizedEmail, Address))
        {
            unknownAccounts.VerifyAgainstDummy(password);
            return await RefuseAsync(AuditAction.LoginFailed, subjectEmail: normalizedEmail, detail: "Throttled", cancellationToken: cancellationToken);
        }

        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            // Same work as a wrong password, so timing does not tell which accounts exist.
            unknownAccounts.VerifyAgainstDummy(password);
            await throttle.RecordFailureAsync(normalizedEmail, Address);
            return await RefuseAsync(AuditAction.LoginFailed, subjectEmail: normalizedEmail, detail: "Unknown account", cancellationToken: cancellationToken);
        }

        if (await users.IsLockedOutAsync(user))
        {
            unknownAccounts.VerifyAgainstDummy(password);
            return await RefuseAsync(AuditAction.LoginLockedOut, user.Id, cancellationToken: cancellationToken);
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            return await FailAsync(user, normalizedEmail, "Wrong password", cancellationToken);
        }

        await users.ResetAccessFailedCountAsync(user);
        await throttle.ClearAsync(normalizedEmail, Address);
        if (user.TwoFactorEnabled && user.TotpSecret is not null)
        {
            var mfaToken = challenges.Open(user.Id, SignInChallengeKind.Mfa);
            await db.SaveChangesAsync(cancellationToken);
            return new LoginResponse { MfaRequired = true, MfaToken = mfaToken };
        }

        if ((await users.GetRolesAsync(user)).Intersect(options.Value.MfaRequiredRoles, StringComparer.Ordinal).Any())
        {
            var enrollmentToken = challenges.Open(user.Id, SignInChallengeKind.Enrollment);
            await db.SaveChangesAsync(cancellationToken);
            return new LoginResponse { MfaEnrollmentRequired = true, EnrollmentToken = enrollmentToken };
        }

        return LoginResponse.Tokens(await SignInAsync(user, cancellationToken));
    }

    /// <summary>The second step: a TOTP code, or one of the account's recovery codes, for an open mfaToken.</summary>
    public async Task<Outcome<LoginResponse>> CompleteMfaAsync(string mfaToken, string code, CancellationToken cancellationToken)
    {
        if (await challenges.FindOpenAsync(mfaToken, SignInChallengeKind.Mfa, cancellationToken) is not { } challenge
            || await users.FindByIdAsync(challenge.UserId.ToString()) is not { TotpSecret: { } secret } user)
        {
            return SessionRefusals.NotValid;
        }

        var normalizedEmail = user.NormalizedEmail ?? "";
        if (await users.IsLockedOutAsync(user) || await throttle.IsThrottledAsync(normalizedEmail, Address))
        {
            return await RefuseAsync(AuditAction.LoginLockedOut, user.Id, detail: "Second factor while locked or throttled", cancellationToken: cancellationToken);
        }

        if (totp.Verify(secret, code, user.LastTotpTimeStep) is { } step)
        {
            user.LastTotpTimeStep = step;
            await users.UpdateAsync(user);
        }
        else if (await recoveryCodes.RedeemAsync(user.Id, code, cancellationToken))
        {
            audit.Record(AuditAction.RecoveryCodeUsed, true, user.Id);
        }
        else
        {
            return await FailAsync(user, normalizedEmail, "Wrong second-factor code", cancellationToken, AuditAction.MfaChallengeFailed);
        }

        if (!await challenges.TryCompleteAsync(challenge, cancellationToken))
        {
            return SessionRefusals.NotValid;
        }

        await users.ResetAccessFailedCountAsync(user);
        return LoginResponse.Tokens(await SignInAsync(user, cancellationToken));
    }

    /// <summary>Tokens for an account that has just proved every factor it needs: a new session.</summary>
    public async Task<TokenPair> SignInAsync(PmsUser user, CancellationToken cancellationToken)
    {
        var tokens = await IssueAsync(user, Guid.CreateVersion7(), clock.GetUtcNow());
        audit.Record(AuditAction.LoginSucceeded, true, user.Id);
        await db.SaveChangesAsync(cancellationToken);
        return tokens.Pair;
    }

    public async Task<Outcome<LoginResponse>> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var current = await refreshTokens.FindAsync(refreshToken, cancellationToken);
        if (current is null)
        {
            return SessionRefusals.NotValid;
        }

        if (current.RevokedAt is not null)
        {
            if (current.ReplacedByTokenId is not null)
            {
                await refreshTokens.RevokeFamilyAsync(current.FamilyId, "Reuse detected", cancellationToken);
                audit.Record(AuditAction.RefreshTokenReused, false, current.UserId, detail: "Rotated token presented again; session revoked");
                await db.SaveChangesAsync(cancellationToken);
            }

            return SessionRefusals.NotValid;
        }

        var now = clock.GetUtcNow();
        if (current.SessionStartedAt + options.Value.AbsoluteSessionLifetime <= now)
        {
            await refreshTokens.RevokeFamilyAsync(current.FamilyId, "Session lifetime reached", cancellationToken);
            return await RefuseAsync(AuditAction.SessionExpired, current.UserId, detail: "Absolute session lifetime reached", cancellationToken: cancellationToken);
        }

        if (current.CreatedAt + options.Value.IdleSessionLifetime <= now)
        {
            await refreshTokens.RevokeFamilyAsync(current.FamilyId, "Idle", cancellationToken);
            return await RefuseAsync(AuditAction.SessionExpired, current.UserId, detail: "Idle session lifetime reached", cancellationToken: cancellationToken);
        }

        var user = await users.FindByIdAsync(current.UserId.ToString());
        if (current.ExpiresAt <= now || user is null || await users.IsLockedOutAsync(user))
        {
            return SessionRefusals.NotValid;
        }

        var (tokens, replacement) = await IssueAsync(user, current.FamilyId, current.SessionStartedAt);
        if (!await refreshTokens.TryRotateAsync(current, replacement.Id, cancellationToken))
        {
            // A concurrent request rotated it first: this presentation is a reuse.
            db.ChangeTracker.Clear();
            await refreshTokens.RevokeFamilyAsync(current.FamilyId, "Reuse detected", cancellationToken);
            audit.Record(AuditAction.RefreshTokenReused, false, current.UserId, detail: "Concurrent use; session revoked");
            await db.SaveChangesAsync(cancellationToken);
            return SessionRefusals.NotValid;
        }

        audit.Record(AuditAction.TokenRefreshed, true, user.Id);
        await db.SaveChangesAsync(cancellationToken);
        return LoginResponse.Tokens(tokens);
    }

    /// <summary>Ends the session the refresh token belongs to, if it is the caller's.</summary>
    public async Task LogoutAsync(Guid userId, string refreshToken, CancellationToken cancellationToken)
    {
        var current = await refreshTokens.FindAsync(refreshToken, cancellationToken);
        if (current is null || current.UserId != userId)
        {
            return;
        }

        await refreshTokens.RevokeFamilyAsync(current.FamilyId, "Logged out", cancellationToken);
        audit.Record(AuditAction.LoggedOut, true, userId);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Outcome<LoginResponse>> FailAsync(PmsUser user, string normalizedEmail, string reason, CancellationToken cancellationToken, AuditAction action = AuditAction.LoginFailed)
    {
        await users.AccessFailedAsync(user);
        await throttle.RecordFailureAsync(normalizedEmail, Address);
        var lockedNow = await users.IsLockedOutAsync(user);
        return await RefuseAsync(lockedNow ? AuditAction.AccountLockedOut : action, user.Id, detail: reason, cancellationToken: cancellationToken);
    }

    private async Task<Outcome<LoginResponse>> RefuseAsync(AuditAction action, Guid? userId = null, string? subjectEmail = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        audit.Record(action, false, userId, subjectEmail, detail);
        await db.SaveChangesAsync(cancellationToken);
        return SessionRefusals.NotValid;
    }

    private async Task<(TokenPair Pair, RefreshToken Stored)> IssueAsync(PmsUser user, Guid familyId, DateTimeOffset sessionStartedAt)
    {
        var refresh = refreshTokens.Issue(user.Id, familyId, sessionStartedAt, out var stored);
        var roles = await users.GetRolesAsync(user);
        return (new TokenPair(accessTokens.ForUser(user, roles, familyId), refresh, (int)accessTokens.Lifetime.TotalSeconds), stored);
    }
}
