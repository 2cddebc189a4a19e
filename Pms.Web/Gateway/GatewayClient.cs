using Pms.Contracts.Billing;
using Pms.Web.Sessions;

namespace Pms.Web.Gateway;

/// <summary>The signed-in user's calls to the gateway, with their access token, renewed when it is about to expire.</summary>
public sealed class GatewayClient(HttpClient http, CurrentSession session, ClientAddress client)
{
    public async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        await GatewayResponses.ReadAsync<T>(await SendAsync(HttpMethod.Get, path, null, null, cancellationToken), cancellationToken);

    public async Task<T> PostAsync<T>(string path, object? body, CancellationToken cancellationToken = default) =>
        await GatewayResponses.ReadAsync<T>(await SendAsync(HttpMethod.Post, path, body, null, cancellationToken), cancellationToken);

    /// <summary>A POST that the gateway performs once per <paramref name="idempotencyKey"/>, however often it is sent.</summary>
    public async Task<T> PostOnceAsync<T>(string path, object? body, string idempotencyKey, CancellationToken cancellationToken = default) =>
        await GatewayResponses.ReadAsync<T>(await SendAsync(HttpMethod.Post, path, body, idempotencyKey, cancellationToken), cancellationToken);

    public async Task PostAsync(string path, object? body, CancellationToken cancellationToken = default) =>
        (await SendAsync(HttpMethod.Post, path, body, null, cancellationToken)).Dispose();

    public async Task<T> PutAsync<T>(string path, object body, CancellationToken cancellationToken = default) =>
        await GatewayResponses.ReadAsync<T>(await SendAsync(HttpMethod.Put, path, body, null, cancellationToken), cancellationToken);

    public async Task DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        (await SendAsync(HttpMethod.Delete, path, null, null, cancellationToken)).Dispose();

    /// <summary>A file answer, returned once its headers arrive so that its content can be streamed on; the caller disposes the response.</summary>
    public Task<HttpResponseMessage> GetFileAsync(string path, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, path, null, null, cancellationToken, HttpCompletionOption.ResponseHeadersRead);

    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, object? body, string? idempotencyKey, CancellationToken cancellationToken,
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add(BillingRoutes.IdempotencyKeyHeader, idempotencyKey);
        }

        await session.AuthorizeAsync(request, cancellationToken);
        client.AddTo(request);
        return await GatewayResponses.SendAsync(http, request, cancellationToken, completion);
    }
}
