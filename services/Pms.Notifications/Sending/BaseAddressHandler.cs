namespace Pms.Notifications.Sending;

/// <summary>Sends every request of a client library that names its own host to another base address instead.</summary>
public sealed class BaseAddressHandler(Uri baseAddress) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = baseAddress.Scheme, Host = baseAddress.Host, Port = baseAddress.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
