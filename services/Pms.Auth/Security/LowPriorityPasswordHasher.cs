using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Pms.Auth.Model;

namespace Pms.Auth.Security;

/// <summary>Identity's PBKDF2 hasher, its work done on the low-priority <see cref="PasswordHashingThreads"/>.</summary>
public sealed class LowPriorityPasswordHasher(IOptions<PasswordHasherOptions> options, PasswordHashingThreads threads) : IPasswordHasher<PmsUser>
{
    private readonly PasswordHasher<PmsUser> _hasher = new(options);

    public string HashPassword(PmsUser user, string password) => threads.Run(() => _hasher.HashPassword(user, password));

    public PasswordVerificationResult VerifyHashedPassword(PmsUser user, string hashedPassword, string providedPassword) =>
        threads.Run(() => _hasher.VerifyHashedPassword(user, hashedPassword, providedPassword));
}
