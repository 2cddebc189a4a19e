using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Pms.Auth.Services;

/// <summary>The RSA key that signs access tokens, and its public half as published in the JWKS.</summary>
public sealed class TokenSigningKey : IDisposable
{
    private readonly RSA _privateKey;
    private readonly RSA _publicKey;

    public TokenSigningKey(IOptions<AuthOptions> options)
    {
        if (string.IsNullOrWhiteSpace(options.Value.SigningKey))
        {
            throw new InvalidOperationException("Auth:SigningKey (an RSA private key in PEM) is required; the AppHost passes its auth-signing-key parameter.");
        }

        _privateKey = RSA.Create();
        _privateKey.ImportFromPem(options.Value.SigningKey);
        _publicKey = RSA.Create(_privateKey.ExportParameters(includePrivateParameters: false));

        var keyId = Base64UrlEncoder.Encode(SHA256.HashData(_publicKey.ExportSubjectPublicKeyInfo()));
        SigningCredentials = new SigningCredentials(new RsaSecurityKey(_privateKey) { KeyId = keyId }, SecurityAlgorithms.RsaSha256);
        PublicKey = new RsaSecurityKey(_publicKey) { KeyId = keyId };
    }

    public SigningCredentials SigningCredentials { get; }

    public RsaSecurityKey PublicKey { get; }

    public JsonWebKey PublicJsonWebKey
    {
        get
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(PublicKey);
            jwk.Use = "sig";
            jwk.Alg = SecurityAlgorithms.RsaSha256;
            return jwk;
        }
    }

    public void Dispose()
    {
        _privateKey.Dispose();
        _publicKey.Dispose();
    }
}
