using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using Pms.Auth.Model;

namespace Pms.Auth.Services.Keys;

/// <summary>
/// This replica's view of the signing-key ring, reloaded from authdb by <see cref="SigningKeyRingRefresher"/>:
/// the current key signs, and all of the ring is published and trusted.
/// </summary>
public sealed class SigningKeyRing
{
    private FrozenDictionary<string, LoadedKey> _keys = FrozenDictionary<string, LoadedKey>.Empty;
    private LoadedKey? _current;

    public SigningCredentials SigningCredentials =>
        _current?.Credentials ?? throw new InvalidOperationException("The signing-key ring has not been loaded yet.");

    /// <summary>Next, current and previous: what the JWKS publishes and verifiers trust.</summary>
    public IReadOnlyCollection<LoadedKey> Published => _keys.Values;

    public IEnumerable<SecurityKey> VerificationKeys => _keys.Values.Select(key => key.PublicKey);

    public string? CurrentKeyId => _current?.Id;

    /// <summary>Replaces the view; keys already loaded keep their RSA objects, which tokens being signed may still use.</summary>
    public void Load(IEnumerable<(SigningKey Key, byte[] PrivateKey)> ring)
    {
        var loaded = ring
            .Select(entry => _keys.TryGetValue(entry.Key.Id, out var known)
                ? known with { Status = entry.Key.Status }
                : LoadedKey.Create(entry.Key.Id, entry.Key.Status, entry.PrivateKey))
            .ToFrozenDictionary(key => key.Id);
        _current = loaded.Values.Single(key => key.Status == SigningKeyStatus.Current);
        _keys = loaded;
    }

    public static string KeyIdOf(RSA key) => Base64UrlEncoder.Encode(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));

    public sealed record LoadedKey(string Id, SigningKeyStatus Status, SigningCredentials Credentials, RsaSecurityKey PublicKey)
    {
        public static LoadedKey Create(string id, SigningKeyStatus status, byte[] privateKey)
        {
            var rsa = RSA.Create();
            rsa.ImportPkcs8PrivateKey(privateKey, out _);
            var publicKey = RSA.Create(rsa.ExportParameters(includePrivateParameters: false));
            return new LoadedKey(
                id,
                status,
                new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = id }, SecurityAlgorithms.RsaSha256),
                new RsaSecurityKey(publicKey) { KeyId = id });
        }

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
    }
}
