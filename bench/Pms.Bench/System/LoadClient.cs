using System.Net.Http.Headers;

namespace Pms.Bench.System;

/// <summary>HTTP clients for load: a pool without a connection limit and no client-side timeout (steps time operations out).</summary>
public static class LoadClient
{
    public static HttpClient For(Uri baseAddress, string? bearerToken = null)
    {
        var client = new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            UseProxy = false,
            AllowAutoRedirect = false,
        })
        {
            BaseAddress = baseAddress,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        if (bearerToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return client;
    }
}
