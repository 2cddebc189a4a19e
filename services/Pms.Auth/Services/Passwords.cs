using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Pms.Auth.Infrastructure;
using Pms.Auth.Model;
using Pms.Contracts.Events;
using Pms.ServiceDefaults.Apis;
using Pms.ServiceDefaults.Messaging;
using Wolverine.EntityFrameworkCore;

namespace Pms.Auth.Services;

/// <summary>
/// Password change (signed in), and reset by an emailed single-use link (asked for by the person or by an
/// administrator, who never sees the password). Every reset or change ends the account's other sessions.
/// </summary>
public sealed class Passwords(
    UserManager<PmsUser> users,
    IDataProtectionProvider dataProtection,
    IDbContextOutbox<AuthDbContext> outbox,
    RefreshTokenStore refreshTokens,
    AccessRevocations accessRevocations,
    AuditTrail audit,
    IOptions<AuthOptions> options,
    TimeProvider clock)
{
    /// <returns>The account whose password changed.</returns>
    public async Task<Outcome<Guid>> ChangeAsync(Guid userId, Guid? sessionId, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return Invalid("currentPassword", "The account no longer exists.");
        }

        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded)
        {
            return new FieldErrors(Errors(result, mismatchField: "currentPassword"));
        }

        if (sessionId is { } kept)
        {
            await refreshTokens.RevokeOthersOfUserAsync(user.Id, kept, "Password changed", cancellationToken);
        }
        else
        {
            await refreshTokens.RevokeAllOfUserAsync(user.Id, "Password changed", cancellationToken);
        }

        audit.Record(AuditAction.PasswordChanged, true, user.Id);
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return user.Id;
    }

    /// <summary>
    /// Sends the reset email when the account exists. The same work is done either way (a token is made, an audit
    /// entry written), so neither the answer nor its timing tells whether the email belongs to an account.
    /// </summary>
    public async Task RequestResetAsync(string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is not null)
        {
            await PublishResetAsync(user, await users.GeneratePasswordResetTokenAsync(user));
        }
        else
        {
            // What making a real token costs: protecting a payload of its size.
            _ = dataProtection.CreateProtector(nameof(Passwords)).Protect(RandomNumberGenerator.GetBytes(96));
        }

        audit.Record(AuditAction.PasswordResetRequested, user is not null, user?.Id, subjectEmail: users.NormalizeEmail(email.Trim()));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }

    /// <summary>An administrator sends the account its reset email; false for an unknown account.</summary>
    public async Task<bool> RequestResetForAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId.ToString()) is not { } user)
        {
            return false;
        }

        await PublishResetAsync(user, await users.GeneratePasswordResetTokenAsync(user));
        audit.Record(AuditAction.PasswordResetRequested, true, user.Id, detail: "By an administrator");
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return true;
    }

    /// <returns>The account whose password was reset.</returns>
    public async Task<Outcome<Guid>> ResetAsync(string token, string newPassword, CancellationToken cancellationToken)
    {
        if (Decode(token) is not { } decoded || await users.FindByIdAsync(decoded.UserId.ToString()) is not { } user)
        {
            return Invalid("token", "This reset link is not valid or has expired; ask for a new one.");
        }

        var result = await users.ResetPasswordAsync(user, decoded.IdentityToken, newPassword);
        if (!result.Succeeded)
        {
            return result.Errors.Any(error => error.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? Invalid("token", "This reset link is not valid or has expired; ask for a new one.")
                : new FieldErrors(Errors(result, mismatchField: "token"));
        }

        // A reset also lifts a lockout: the person proved they own the mailbox.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await refreshTokens.RevokeAllOfUserAsync(user.Id, "Password reset", cancellationToken);
        await accessRevocations.RevokeAsync(user.Id, cancellationToken);
        audit.Record(AuditAction.PasswordReset, true, user.Id);
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return user.Id;
    }

    private async Task PublishResetAsync(PmsUser user, string identityToken)
    {
        var link = new UriBuilder(options.Value.PasswordResetPage) { Query = $"token={Encode(user.Id, identityToken)}" }.Uri;
        await outbox.PublishEventAsync(new PasswordResetRequested(user.Id, user.Email!, user.FirstName, link.ToString(),
            clock.GetUtcNow() + options.Value.PasswordResetLifetime));
    }

    private static string Encode(Guid userId, string identityToken) => Base64UrlEncoder.Encode($"{userId:N}.{identityToken}");

    private static (Guid UserId, string IdentityToken)? Decode(string token)
    {
        try
        {
            var decoded = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(token.Trim()));
            var dot = decoded.IndexOf('.', StringComparison.Ordinal);
            return dot > 0 && Guid.TryParseExact(decoded[..dot], "N", out var userId) ? (userId, decoded[(dot + 1)..]) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static Dictionary<string, string[]> Errors(IdentityResult result, string mismatchField) =>
        result.Errors
            .GroupBy(error => error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? mismatchField : "newPassword")
            .ToDictionary(group => group.Key, group => group.Select(error => error.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                ? "The current password is not right."
                : error.Description).ToArray());

    private static FieldErrors Invalid(string field, string message) => FieldErrors.Of(field, message);
}
