using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Pms.Gateway.Tests;

/// <summary>A real HTTP server standing in for auth-service: it answers with the headers it received.</summary>
public sealed class EchoBackend : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EchoBackend(WebApplication app) => _app = app;

    public Uri Address => new(_app.Urls.First());

    public static async Task<EchoBackend> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/.well-known/{**rest}", (HttpRequest request) =>
            Results.Json(request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
        await app.StartAsync();
        return new EchoBackend(app);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
