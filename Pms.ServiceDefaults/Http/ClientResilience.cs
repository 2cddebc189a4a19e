using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Pms.ServiceDefaults.Http;

/// <summary>
/// Resilience options of its own for one client. The standard handler the defaults give every client is registered
/// without a client's name, so options named after a client never reach it; this replaces it with one that takes them.
/// The replacement sits inside service discovery: every attempt of one call goes to the address resolved for it.
/// </summary>
public static class ClientResilience
{
    public static IHttpClientBuilder WithOwnResilience(this IHttpClientBuilder client, Action<HttpStandardResilienceOptions> configure)
    {
#pragma warning disable EXTEXP0001 // Still marked experimental, and the one way to take the default resilience handler off a single client.
        client.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        client.AddStandardResilienceHandler(configure);
        return client;
    }
}
