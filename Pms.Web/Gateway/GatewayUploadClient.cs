using Pms.Web.Sessions;

namespace Pms.Web.Gateway;

/// <summary>
/// The signed-in user's uploads to the gateway. Their bodies stream from the browser and cannot be sent twice, so this
/// client has no retries, and its time limit allows a large file over a slow connection.
/// </summary>
public sealed class GatewayUploadClient(HttpClient http, CurrentSession session, ClientAddress client)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public async Task<T> PostAsync<T>(string path, HttpContent content, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        await session.AuthorizeAsync(request, cancellationToken);
        client.AddTo(request);
        return await GatewayResponses.ReadAsync<T>(await GatewayResponses.SendAsync(http, request, cancellationToken), cancellationToken);
    }
}
