using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Pms.Auth.Services;

/// <summary>Checks a service's client id and secret against the AppHost's parameters, in constant time.</summary>
public sealed class ServiceClientAuthenticator(IOptions<AuthOptions> options)
{
    public bool IsValid(string? clientId, string? clientSecret)
    {
        if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(clientSecret)
            || !options.Value.ServiceClients.TryGetValue(clientId, out var expected) || string.IsNullOrEmpty(expected))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(clientSecret)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }
}
