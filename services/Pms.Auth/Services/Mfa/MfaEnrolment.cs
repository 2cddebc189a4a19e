using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Pms.Auth.Dtos;
using Pms.Auth.Infrastructure;
using Pms.Auth.Model;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Authentication;

namespace Pms.Auth.Services.Mfa;

/// <summary>TOTP enrolment: a secret to scan, confirmed by a first code; for a signed-in account or one enrolling during sign-in.</summary>
public sealed class MfaEnrolment(
    UserManager<PmsUser> users,
    AuthDbContext db,
    SignInChallenges challenges,
    TotpCodes totp,
    RecoveryCodes recoveryCodes,
    RefreshTokenStore refreshTokens,
    AccessRevocations accessRevocations,
    SessionService sessions,
    AuditTrail audit)
{
    public sealed record Enroller(PmsUser User, SignInChallenge? Enrollment);

    /// <summary>The account behind the request: a signed-in user, or the bearer of an open enrolment token.</summary>
    public async Task<Enroller?> ResolveAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (context.User.Identity?.IsAuthenticated == true && context.User.FindFirstValue(AuthenticationExtensions.SubjectClaim) is { } subject)
        {
            return await users.FindByIdAsync(subject) is { } signedIn ? new Enroller(signedIn, null) : null;
        }

        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..] : null;
        return await challenges.FindOpenAsync(token, SignInChallengeKind.Enrollment, cancellationToken) is { } enrollment
            && await users.FindByIdAsync(enrollment.UserId.ToString()) is { } user
            ? new Enroller(user, enrollment)
            : null;
    }

    /// <summary>A new secret to scan; it replaces the account's second factor only once a code from it is confirmed.</summary>
    public async Task<(string Secret, string OtpauthUri)> SetupAsync(PmsUser user, CancellationToken cancellationToken)
    {
        user.PendingTotpSecret = TotpCodes.NewSecret();
        await users.UpdateAsync(user);
        await db.SaveChangesAsync(cancellationToken);
        return (user.PendingTotpSecret, TotpCodes.OtpauthUri(user.Email ?? user.UserName ?? user.Id.ToString(), user.PendingTotpSecret));
    }

    private static Refusal NothingToConfirm { get; } = Refusal.Conflict("There is no secret to confirm.", "Ask for a new secret (setup) first.");

    /// <summary>Turns the second factor on; an account enrolling at sign-in gets its first tokens with the recovery codes.</summary>
    public async Task<Outcome<TotpConfirmResponse>> ConfirmAsync(Enroller enroller, string code, CancellationToken cancellationToken)
    {
        var user = enroller.User;
        if (user.PendingTotpSecret is not { } pending)
        {
            return NothingToConfirm;
        }

        if (totp.Verify(pending, code, null) is not { } step)
        {
            audit.Record(AuditAction.MfaChallengeFailed, false, user.Id, detail: "Wrong code at enrolment");
            await db.SaveChangesAsync(cancellationToken);
            return FieldErrors.Of("code", "That code does not match the secret; check the phone's clock and enter the code shown now.");
        }

        if (enroller.Enrollment is { } enrollment && !await challenges.TryCompleteAsync(enrollment, cancellationToken))
        {
            return NothingToConfirm;
        }

        user.TotpSecret = pending;
        user.PendingTotpSecret = null;
        user.LastTotpTimeStep = step;
        user.TwoFactorEnabled = true;
        await users.UpdateAsync(user);
        var codes = await recoveryCodes.ReplaceAsync(user.Id, cancellationToken);
        audit.Record(AuditAction.MfaEnrolled, true, user.Id);
        if (enroller.Enrollment is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return new TotpConfirmResponse(codes);
        }

        var tokens = await sessions.SignInAsync(user, cancellationToken);
        return new TotpConfirmResponse(codes)
        {
            AccessToken = tokens.AccessToken,
            RefreshToken = tokens.RefreshToken,
            ExpiresIn = tokens.ExpiresIn,
            TokenType = tokens.TokenType,
        };
    }

    /// <summary>An administrator clears an account's second factor (a lost phone): it enrols again at its next sign-in, and its sessions end.</summary>
    public async Task<bool> ResetAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return false;
        }

        user.TotpSecret = null;
        user.PendingTotpSecret = null;
        user.LastTotpTimeStep = null;
        user.TwoFactorEnabled = false;
        await users.UpdateAsync(user);
        await recoveryCodes.DeleteAllAsync(user.Id, cancellationToken);
        await refreshTokens.RevokeAllOfUserAsync(user.Id, "Second factor reset", cancellationToken);
        await accessRevocations.RevokeAsync(user.Id, cancellationToken);
        audit.Record(AuditAction.MfaReset, true, user.Id);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
