using Microsoft.AspNetCore.Identity;
using Pms.Auth.Infrastructure;
using Pms.Auth.Model;

namespace Pms.Auth.Services;

/// <summary>Sign-in, refresh-token rotation with reuse detection, and sign-out.</summary>
public sealed class SessionService(
    UserManager<PmsUser> users,
    AuthDbContext db,
    AccessTokenIssuer accessTokens,
    RefreshTokenStore refreshTokens,
    AccountLoginLimiter accountLimiter,
    UnknownAccountHasher unknownAccounts,
    AuditTrail audit,
    TimeProvider clock)
{
    public async Task<SessionOutcome> LoginAsync(string email, string password, CancellationToken cancellationToken)
    {
        var normalizedEmail = users.NormalizeEmail(email.Trim());
        if (!accountLimiter.TryAcquire(normalizedEmail, out var retryAfter))
        {
            return new SessionOutcome.Throttled(retryAfter);
        }

        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            // Same work as a wrong password, so timing does not tell which accounts exist.
            unknownAccounts.VerifyAgainstDummy(password);
            audit.Record(AuditAction.LoginFailed, false, subjectEmail: normalizedEmail, detail: "Unknown account");
            await db.SaveChangesAsync(cancellationToken);
            return new SessionOutcome.InvalidCredentials();
        }

        if (await users.IsLockedOutAsync(user))
        {
            audit.Record(AuditAction.LoginLockedOut, false, user.Id);
            await db.SaveChangesAsync(cancellationToken);
            return new SessionOutcome.LockedOut(user.LockoutEnd);
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            var lockedNow = await users.IsLockedOutAsync(user);
            audit.Record(lockedNow ? AuditAction.AccountLockedOut : AuditAction.LoginFailed, false, user.Id, detail: "Wrong password");
            await db.SaveChangesAsync(cancellationToken);
            return lockedNow ? new SessionOutcome.LockedOut(user.LockoutEnd) : new SessionOutcome.InvalidCredentials();
        }

        await users.ResetAccessFailedCountAsync(user);
        var tokens = await IssueAsync(user, Guid.CreateVersion7());
        audit.Record(AuditAction.LoginSucceeded, true, user.Id);
        await db.SaveChangesAsync(cancellationToken);
        return new SessionOutcome.Issued(tokens);
    }

    public async Task<SessionOutcome> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var current = await refreshTokens.FindAsync(refreshToken, cancellationToken);
        if (current is null)
        {
            return new SessionOutcome.InvalidCredentials();
        }

        if (current.RevokedAt is not null)
        {
            if (current.ReplacedByTokenId is not null)
            {
                await refreshTokens.RevokeFamilyAsync(current.FamilyId, "Reuse detected", cancellationToken);
                audit.Record(AuditAction.RefreshTokenReused, false, current.UserId, detail: "Rotated token presented again; session revoked");
                await db.SaveChangesAsync(cancellationToken);
            }

            return new SessionOutcome.InvalidCredentials();
        }

        var user = await users.FindByIdAsync(current.UserId.ToString());
        if (current.ExpiresAt <= clock.GetUtcNow() || user is null)
        {
            return new SessionOutcome.InvalidCredentials();
        }

        if (await users.IsLockedOutAsync(user))
        {
            return new SessionOutcome.LockedOut(user.LockoutEnd);
        }

        var tokens = await IssueAsync(user, current.FamilyId, out var replacement);
        if (!await refreshTokens.TryRotateAsync(current, replacement.Id, cancellationToken))
        {
            // A concurrent request rotated it first: this presentation is a reuse.
            db.ChangeTracker.Clear();
            await refreshTokens.RevokeFamilyAsync(current.FamilyId, "Reuse detected", cancellationToken);
            audit.Record(AuditAction.RefreshTokenReused, false, current.UserId, detail: "Concurrent use; session revoked");
            await db.SaveChangesAsync(cancellationToken);
            return new SessionOutcome.InvalidCredentials();
        }

        audit.Record(AuditAction.TokenRefreshed, true, user.Id);
        await db.SaveChangesAsync(cancellationToken);
        return new SessionOutcome.Issued(tokens);
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

    private async Task<TokenPair> IssueAsync(PmsUser user, Guid familyId) =>
        await IssueAsync(user, familyId, out _);

    private Task<TokenPair> IssueAsync(PmsUser user, Guid familyId, out RefreshToken stored)
    {
        var refresh = refreshTokens.Issue(user.Id, familyId, out stored);
        return IssueWithRolesAsync(user, refresh);
    }

    private async Task<TokenPair> IssueWithRolesAsync(PmsUser user, string refresh)
    {
        var roles = await users.GetRolesAsync(user);
        return new TokenPair(accessTokens.ForUser(user, roles), refresh, (int)accessTokens.Lifetime.TotalSeconds);
    }
}
