using System.Net.Http.Headers;

namespace Pms.ServiceDefaults.ServiceIdentity;

/// <summary>Sends this service's Service token with every request of the client it is attached to.</summary>
public sealed class ServiceTokenHandler(ServiceTokenClient tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
