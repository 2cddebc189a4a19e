using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Pms.Auth.Services;
using Pms.Auth.Services.Keys;

namespace Pms.Auth.Tests;

public sealed class SigningKeyProtectorTests
{
    private static SigningKeyProtector ProtectorWithNewRoot()
    {
        using var root = RSA.Create(2048);
        return new SigningKeyProtector(Options.Create(new AuthOptions { SigningKey = root.ExportPkcs8PrivateKeyPem() }));
    }

    [Fact]
    public void AKeySealedUnderTheRootOpensUnderIt()
    {
        var protector = ProtectorWithNewRoot();
        var privateKey = RandomNumberGenerator.GetBytes(1200);

        var sealedKey = protector.Protect(privateKey);

        Assert.Equal(privateKey, protector.Unprotect(sealedKey));
        Assert.False(sealedKey.AsSpan().IndexOf(privateKey.AsSpan(0, 32)) >= 0);
    }

    [Fact]
    public void AKeySealedUnderAnotherRootOrAlteredDoesNotOpen()
    {
        var protector = ProtectorWithNewRoot();
        var sealedKey = protector.Protect(RandomNumberGenerator.GetBytes(1200));
        var altered = sealedKey.ToArray();
        altered[^1] ^= 1;

        Assert.Null(ProtectorWithNewRoot().Unprotect(sealedKey));
        Assert.Null(protector.Unprotect(altered));
        Assert.Null(protector.Unprotect([1, 2, 3]));
    }

    [Fact]
    public void TheRootKeyIsTheConfiguredKey()
    {
        using var root = RSA.Create(2048);
        var protector = new SigningKeyProtector(Options.Create(new AuthOptions { SigningKey = root.ExportPkcs8PrivateKeyPem() }));

        Assert.Equal(root.ExportPkcs8PrivateKey(), protector.RootKey);
    }

    [Fact]
    public void AValueSealedForOnePurposeDoesNotOpenAsAnother()
    {
        var protector = ProtectorWithNewRoot();
        var secret = RandomNumberGenerator.GetBytes(64);

        var sealedForDataProtection = protector.Protect(secret, "pms auth data-protection key v1");

        Assert.Equal(secret, protector.Unprotect(sealedForDataProtection, "pms auth data-protection key v1"));
        Assert.Null(protector.Unprotect(sealedForDataProtection));
        Assert.Null(protector.Unprotect(protector.Protect(secret), "pms auth data-protection key v1"));
    }
}
