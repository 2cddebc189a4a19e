using System.Net;
using System.Text.RegularExpressions;

namespace Pms.EndToEnd.Tests;

/// <summary>What the web front end's pages tell the browser to refuse.</summary>
public sealed partial class WebHeadersTests(PmsAppFixture fixture)
{
    [TimedTheory(EndToEnd.TestTimeoutSeconds)]
    [InlineData("/login")]
    [InlineData("/register")]
    [InlineData("/forgot-password")]
    public async Task EveryPageCarriesAStrictContentSecurityPolicyAndNoFramingOrSniffing(string path)
    {
        using var web = fixture.App.CreateHttpClient(ResourceNames.Web);

        using var first = await web.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        using var second = await web.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var policy = string.Join(";", first.Headers.GetValues("Content-Security-Policy"));
        var nonce = Nonce().Match(policy).Groups["nonce"].Value;
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-inline'", policy.Split(';').Single(directive => directive.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.NotEmpty(nonce);
        Assert.Contains($"nonce=\"{nonce}\"", html, StringComparison.Ordinal);
        Assert.NotEqual(nonce, Nonce().Match(string.Join(";", second.Headers.GetValues("Content-Security-Policy"))).Groups["nonce"].Value);
        Assert.Equal("nosniff", Assert.Single(first.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(first.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("same-origin", Assert.Single(first.Headers.GetValues("Referrer-Policy")));
    }

    [GeneratedRegex("script-src 'self' 'nonce-(?<nonce>[A-Za-z0-9+/=]+)'")]
    private static partial Regex Nonce();
}
