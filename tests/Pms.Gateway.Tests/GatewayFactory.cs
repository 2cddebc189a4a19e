using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Pms.Gateway.Tests;

/// <summary>The gateway in memory, with auth-service discovered at <paramref name="authAddress"/> and a tiny auth rate limit.</summary>
public sealed class GatewayFactory(Uri authAddress) : WebApplicationFactory<Program>
{
    public const int AuthLimit = 3;
    public const int BodyLimit = 1024;

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder
            .UseEnvironment("Production")
            .UseSetting("services:auth:http:0", authAddress.ToString().TrimEnd('/'))
            .UseSetting("RateLimits:AuthPerIpPerMinute", AuthLimit.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("Gateway:MaxRequestBodyBytes", BodyLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
