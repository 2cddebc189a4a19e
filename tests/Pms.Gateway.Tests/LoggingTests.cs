using Pms.Testing;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Pms.Gateway.Tests;

public sealed class LoggingTests : IAsyncLifetime
{
    private EchoBackend? _auth;

    public async ValueTask InitializeAsync() => _auth = await EchoBackend.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_auth is not null)
        {
            await _auth.DisposeAsync();
        }
    }

    [TimedFact]
    public async Task ProxiedRequestsLeaveNoPathOrQueryInTheLog()
    {
        var logs = new CapturedLogs();
        await using var gateway = new GatewayFactory(_auth!.Address)
            .WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync(new Uri("/.well-known/openid-configuration?search=Mary%20Seacole", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(logs.Messages, message => message.Contains("Seacole", StringComparison.Ordinal) || message.Contains("openid-configuration", StringComparison.Ordinal));
    }
}
