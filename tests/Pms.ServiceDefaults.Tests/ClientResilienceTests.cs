using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pms.Testing;

namespace Pms.ServiceDefaults.Tests;

/// <summary>The resilience every service's HTTP clients get from the defaults.</summary>
public sealed class ClientResilienceTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [TimedFact]
    public async Task ADependencyThatKeepsFailingOpensTheCircuitToItAloneNotToTheOthers()
    {
        await using var broken = await AnsweringAsync(StatusCodes.Status500InternalServerError);
        await using var healthy = await AnsweringAsync(StatusCodes.Status200OK);
        var builder = Host.CreateApplicationBuilder();
        builder.AddServiceDefaults();
        builder.Services.AddHttpClient("broken", http => http.BaseAddress = broken.Address());
        builder.Services.AddHttpClient("healthy", http => http.BaseAddress = healthy.Address());
        using var host = builder.Build();
        var clients = host.Services.GetRequiredService<IHttpClientFactory>();

        // The standard circuit opens once a hundred attempts in its window failed often enough; each call's retry then
        // meets it open and ends, so once all have ended the circuit to the broken server is open.
        var failing = await Task.WhenAll(Enumerable.Range(0, 120).Select(_ => CallAsync(clients.CreateClient("broken"))));
        var toHealthy = await CallAsync(clients.CreateClient("healthy"));
        var toBroken = await CallAsync(clients.CreateClient("broken"));

        Assert.Contains("BrokenCircuitException", failing);
        Assert.Equal("200", toHealthy);
        Assert.Equal("BrokenCircuitException", toBroken);
    }

    private static async Task<string> CallAsync(HttpClient client)
    {
        try
        {
            using var response = await client.GetAsync("/", Cancellation);
            return ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return exception.GetType().Name;
        }
    }

    private static async Task<WebApplication> AnsweringAsync(int status)
    {
        var app = LoopbackServer.CreateBuilder().Build();
        app.Run(context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });
        await app.StartAsync(Cancellation);
        return app;
    }
}
