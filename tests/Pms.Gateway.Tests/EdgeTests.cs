using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Pms.ServiceDefaults.RateLimiting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Pms.Testing;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pms.Gateway.Tests;

public sealed class EdgeTests : IAsyncLifetime
{
    private EchoBackend? _auth;
    private GatewayFactory? _gateway;

    private GatewayFactory Gateway => _gateway!;

    public async ValueTask InitializeAsync()
    {
        _auth = await EchoBackend.StartAsync();
        _gateway = new GatewayFactory(_auth.Address);
    }

    public async ValueTask DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (_auth is not null)
        {
            await _auth.DisposeAsync();
        }
    }

    [TimedTheory]
    [InlineData("/api/patients/me")]
    [InlineData("/api/doctors")]
    [InlineData("/api/appointments")]
    [InlineData("/api/billing/bills")]
    [InlineData("/api/notifications")]
    [InlineData("/api/auth/me")]
    [InlineData("/api/auth/users")]
    public async Task ProtectedRoutesNeedATokenAtTheEdge(string path)
    {
        using var client = Gateway.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, challenge => challenge.Scheme == "Bearer");
    }

    [TimedFact]
    public async Task AForgedTokenIsRefusedAtTheEdge()
    {
        using var client = Gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/patients/me");
        request.Headers.Authorization = new("Bearer", "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwicm9sZSI6IkFkbWluIn0.");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [TimedFact]
    public async Task SignInRequestsBeyondThePerIpLimitAreRejectedWithRetryAfter()
    {
        using var client = Gateway.CreateClient();
        var cancellationToken = TestContext.Current.CancellationToken;

        for (var attempt = 0; attempt < GatewayFactory.AuthLimit; attempt++)
        {
            using var allowed = await client.PostAsJsonAsync("/api/auth/login", new { email = "a@b.c", password = "x" }, cancellationToken);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        using var refused = await client.PostAsJsonAsync("/api/auth/login", new { email = "a@b.c", password = "x" }, cancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }

    [TimedFact]
    public async Task ReplicasDrawOnOneCountSoTheLimitHoldsHoweverRequestsAreSpread()
    {
        await using var otherReplica = new GatewayFactory(_auth!.Address, Gateway.RedisConnectionString);
        using var first = Gateway.CreateClient();
        using var second = otherReplica.CreateClient();
        var cancellationToken = TestContext.Current.CancellationToken;

        for (var attempt = 0; attempt < GatewayFactory.AuthLimit; attempt++)
        {
            using var allowed = await (attempt % 2 == 0 ? first : second).PostAsJsonAsync("/api/auth/login", new { email = "a@b.c", password = "x" }, cancellationToken);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        using var refusedByFirst = await first.PostAsJsonAsync("/api/auth/login", new { email = "a@b.c", password = "x" }, cancellationToken);
        using var refusedBySecond = await second.PostAsJsonAsync("/api/auth/login", new { email = "a@b.c", password = "x" }, cancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, refusedByFirst.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedBySecond.StatusCode);
        Assert.InRange(refusedBySecond.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }

    [TimedFact]
    public async Task WithoutRedisTheGatewayStillServesAndSaysTheLimitsWentUnchecked()
    {
        var logs = new CapturedLogs();
        using var letThrough = new MetricCollector<long>(null, SharedFixedWindow.MeterName, "pms.rate_limit.unchecked");
        await using var withoutRedis = new GatewayFactory(_auth!.Address, $"127.0.0.1:{FreePort.Next()},abortConnect=false,connectTimeout=200")
            .WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        using var client = withoutRedis.CreateClient();
        var cancellationToken = TestContext.Current.CancellationToken;

        for (var attempt = 0; attempt <= GatewayFactory.AuthLimit; attempt++)
        {
            using var answered = await client.GetAsync(new Uri("/.well-known/openid-configuration", UriKind.Relative), cancellationToken);
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        Assert.Contains(logs.Messages, message => message.StartsWith("Warning", StringComparison.Ordinal)
            && message.Contains("could not be checked, Redis is unreachable", StringComparison.Ordinal));
        Assert.Equal(GatewayFactory.AuthLimit + 1, letThrough.GetMeasurementSnapshot().Sum(measurement => measurement.Value));
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [TimedFact]
    public async Task ResponsesCarrySecurityHeaders()
    {
        using var client = Gateway.CreateClient();

        using var response = await client.GetAsync(new Uri("/.well-known/openid-configuration", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Contains("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [TimedFact]
    public async Task ClientSentForwardingAndInternalHeadersNeverReachAService()
    {
        using var client = Gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/.well-known/openid-configuration");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        request.Headers.Add("Forwarded", "for=203.0.113.7");
        request.Headers.Add("X-Pms-User", "admin");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var received = await response.Content.ReadFromJsonAsync<Dictionary<string, string>>(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(received);
        Assert.DoesNotContain("203.0.113.7", received.GetValueOrDefault("X-Forwarded-For") ?? "", StringComparison.Ordinal);
        Assert.NotEqual("evil.example", received.GetValueOrDefault("X-Forwarded-Host"));
        Assert.False(received.ContainsKey("Forwarded"));
        Assert.False(received.ContainsKey("X-Pms-User"));
    }

    [TimedFact]
    public async Task AnUnknownRouteAnswersNotFoundAsProblemDetails()
    {
        using var client = Gateway.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/nowhere", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [TimedFact]
    public async Task AnOversizedBodyIsRefused()
    {
        using var client = Gateway.CreateClient();
        using var content = new StringContent(JsonSerializer.Serialize(new { email = new string('a', GatewayFactory.BodyLimit * 2) }),
            System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/auth/register", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [TimedFact]
    public async Task OnlyTheDocumentUploadRouteTakesBodiesOfReportSize()
    {
        using var client = Gateway.CreateClient();
        var cancellationToken = TestContext.Current.CancellationToken;
        var documents = new Uri($"/api/patients/{Guid.NewGuid()}/documents", UriKind.Relative);
        using var small = new ByteArrayContent(new byte[GatewayFactory.BodyLimit * 2]);
        using var tooLarge = new ByteArrayContent(new byte[Pms.Contracts.Documents.DocumentLimits.MaxUploadRequestBytes + 1]);

        using var upload = await client.PostAsync(documents, small, cancellationToken);
        using var elsewhere = await client.PutAsync(new Uri($"/api/patients/{Guid.NewGuid()}", UriKind.Relative), small, cancellationToken);
        using var oversizedUpload = await client.PostAsync(documents, tooLarge, cancellationToken);

        // Past the body limit, an upload without a token meets the token check.
        Assert.Equal(HttpStatusCode.Unauthorized, upload.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversizedUpload.StatusCode);
    }
}
