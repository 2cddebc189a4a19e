using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Pms.Testing;

namespace Pms.PaymentSandbox.Tests;

/// <summary>A merchant's webhook endpoint on loopback that refuses the first deliveries it is told to and keeps every one.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _toRefuse;

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Payload, string Signature, int Answer)> Deliveries { get; } = new();

    public Uri Url => new(_app.Address(), "/webhooks");

    public static async Task<WebhookReceiver> StartAsync()
    {
        var app = LoopbackServer.CreateBuilder().Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/webhooks", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var payload = await reader.ReadToEndAsync();
            var answer = Interlocked.Decrement(ref receiver._toRefuse) >= 0 ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
            receiver.Deliveries.Enqueue((payload, request.Headers["Stripe-Signature"].ToString(), answer));
            return Results.StatusCode(answer);
        });
        await app.StartAsync();
        return receiver;
    }

    public void RefuseNext(int deliveries) => Interlocked.Exchange(ref _toRefuse, deliveries);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
