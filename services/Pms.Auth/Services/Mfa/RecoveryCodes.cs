using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pms.Auth.Infrastructure;
using Pms.Auth.Model;

namespace Pms.Auth.Services.Mfa;

/// <summary>Ten single-use codes for when the phone is lost; they are shown once and stored as hashes.</summary>
public sealed class RecoveryCodes(AuthDbContext db, TimeProvider clock)
{
    public const int Count = 10;
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    /// <summary>Replaces the account's codes with new ones; saved with the caller's changes.</summary>
    public async Task<IReadOnlyList<string>> ReplaceAsync(Guid userId, CancellationToken cancellationToken)
    {
        await db.RecoveryCodes.Where(code => code.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        var codes = Enumerable.Range(0, Count).Select(_ => $"{RandomNumberGenerator.GetString(Alphabet, 5)}-{RandomNumberGenerator.GetString(Alphabet, 5)}").ToList();
        db.RecoveryCodes.AddRange(codes.Select(code => new RecoveryCode { Id = Guid.CreateVersion7(), UserId = userId, CodeHash = Hash(code), CreatedAt = clock.GetUtcNow() }));
        return codes;
    }

    /// <summary>Uses up the code if it is one of the account's unused ones.</summary>
    public async Task<bool> RedeemAsync(Guid userId, string code, CancellationToken cancellationToken)
    {
        var hash = Hash(code.Trim().ToLowerInvariant());
        return await db.RecoveryCodes
            .Where(stored => stored.UserId == userId && stored.CodeHash == hash && stored.UsedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(stored => stored.UsedAt, clock.GetUtcNow()), cancellationToken) == 1;
    }

    public Task DeleteAllAsync(Guid userId, CancellationToken cancellationToken) =>
        db.RecoveryCodes.Where(code => code.UserId == userId).ExecuteDeleteAsync(cancellationToken);

    private static string Hash(string code) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code)));
}
