using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Pms.Auth.Infrastructure;
using Pms.Auth.Model;

namespace Pms.Auth.Services.Keys;

/// <summary>The signing-key ring in authdb: created from the configured key, rotated by an administrator, read by every replica.</summary>
public sealed partial class SigningKeyStore(
    AuthDbContext db,
    SigningKeyProtector protector,
    SigningKeyRing ring,
    AuditTrail audit,
    TimeProvider clock,
    ILogger<SigningKeyStore> logger)
{
    private const int KeySizeInBits = 3072;

    /// <summary>Creates the ring when there is none (or none this root key can open) and loads it.</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        await using (var transaction = await LockRingAsync(cancellationToken))
        {
            var keys = await db.SigningKeys.ToListAsync(cancellationToken);
            if (keys.Count > 0 && keys.Any(key => protector.Unprotect(key.ProtectedPrivateKey) is null))
            {
                LogRingReplaced(logger, keys.Count);
                await db.SigningKeys.ExecuteDeleteAsync(cancellationToken);
                keys.Clear();
            }

            var now = clock.GetUtcNow();
            if (!keys.Any(key => key.Status == SigningKeyStatus.Current))
            {
                db.SigningKeys.Add(NewKey(protector.RootKey, SigningKeyStatus.Current, now));
            }

            if (!keys.Any(key => key.Status == SigningKeyStatus.Next))
            {
                db.SigningKeys.Add(NewKey(GeneratePrivateKey(), SigningKeyStatus.Next, now));
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await ReloadAsync(cancellationToken);
    }

    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var keys = await db.SigningKeys.AsNoTracking().ToListAsync(cancellationToken);
        var opened = keys.Select(key => (Key: key, PrivateKey: protector.Unprotect(key.ProtectedPrivateKey))).ToList();
        if (opened.Any(entry => entry.PrivateKey is null) || !keys.Any(key => key.Status == SigningKeyStatus.Current))
        {
            // Another replica with a different root key, or a ring being replaced: leave this replica's view as it is.
            LogRingUnreadable(logger);
            return;
        }

        ring.Load(opened.Select(entry => (entry.Key, entry.PrivateKey!)));
    }

    /// <summary>
    /// Next becomes current, current becomes previous, the old previous is destroyed and a new next is made.
    /// Tokens signed by the destroyed key stop verifying; their holders refresh.
    /// </summary>
    public async Task<IReadOnlyList<SigningKey>> RotateAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using (var transaction = await LockRingAsync(cancellationToken))
        {
            // One statement per step, so the one-key-per-status index holds after each.
            await db.SigningKeys.Where(key => key.Status == SigningKeyStatus.Previous).ExecuteDeleteAsync(cancellationToken);
            await db.SigningKeys.Where(key => key.Status == SigningKeyStatus.Current).ExecuteUpdateAsync(
                setters => setters.SetProperty(key => key.Status, SigningKeyStatus.Previous).SetProperty(key => key.RetiredAt, now), cancellationToken);
            await db.SigningKeys.Where(key => key.Status == SigningKeyStatus.Next).ExecuteUpdateAsync(
                setters => setters.SetProperty(key => key.Status, SigningKeyStatus.Current).SetProperty(key => key.ActivatedAt, now), cancellationToken);
            var next = NewKey(GeneratePrivateKey(), SigningKeyStatus.Next, now);
            db.SigningKeys.Add(next);
            audit.Record(AuditAction.SigningKeysRotated, true, detail: $"Next key {next.Id}");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await ReloadAsync(cancellationToken);
        LogRotated(logger, ring.CurrentKeyId);
        return await ListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SigningKey>> ListAsync(CancellationToken cancellationToken) =>
        await db.SigningKeys.AsNoTracking().OrderBy(key => key.Status).ToListAsync(cancellationToken);

    private async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> LockRingAsync(CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("""LOCK TABLE "SigningKeys" IN SHARE ROW EXCLUSIVE MODE""", cancellationToken);
        return transaction;
    }

    private SigningKey NewKey(byte[] privateKey, SigningKeyStatus status, DateTimeOffset now)
    {
        using var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(privateKey, out _);
        return new SigningKey
        {
            Id = SigningKeyRing.KeyIdOf(rsa),
            Status = status,
            ProtectedPrivateKey = protector.Protect(privateKey),
            CreatedAt = now,
            ActivatedAt = status == SigningKeyStatus.Current ? now : null,
        };
    }

    private static byte[] GeneratePrivateKey()
    {
        using var rsa = RSA.Create(KeySizeInBits);
        return rsa.ExportPkcs8PrivateKey();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The configured signing key cannot open the {Count} key(s) of the stored ring (Auth:SigningKey was replaced); a new ring starts with the configured key and tokens signed before are refused.")]
    private static partial void LogRingReplaced(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The stored signing-key ring cannot be read with this replica's root key; this replica keeps signing with the ring it has.")]
    private static partial void LogRingUnreadable(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rotated the signing keys; key {KeyId} signs from now on.")]
    private static partial void LogRotated(ILogger logger, string? keyId);
}
