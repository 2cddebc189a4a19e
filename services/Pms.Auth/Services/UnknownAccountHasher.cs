using Microsoft.AspNetCore.Identity;
using Pms.Auth.Model;

namespace Pms.Auth.Services;

/// <summary>Verifies a password against a throwaway hash of the same strength as real ones.</summary>
public sealed class UnknownAccountHasher(IPasswordHasher<PmsUser> hasher)
{
    private static readonly PmsUser Nobody = new();
    private readonly Lazy<string> _dummyHash = new(() => hasher.HashPassword(Nobody, Guid.NewGuid().ToString()));

    public void VerifyAgainstDummy(string password) => hasher.VerifyHashedPassword(Nobody, _dummyHash.Value, password);
}
