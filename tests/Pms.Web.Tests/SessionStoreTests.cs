using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Pms.Web.Sessions;

namespace Pms.Web.Tests;

public sealed class SessionStoreTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-11-28T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly SessionStore _sessions;

    public SessionStoreTests() => _sessions = new SessionStore(
        new MemoryCache(new MemoryCacheOptions()), Options.Create(new WebSessionOptions { IdleTimeout = TimeSpan.FromMinutes(15) }), _clock);

    [Fact]
    public void ASessionUnusedForTheIdleTimeoutEnds()
    {
        var sessionId = _sessions.Create(NewSession());

        _clock.Advance(TimeSpan.FromMinutes(16));

        Assert.Null(_sessions.Find(sessionId));
    }

    [Fact]
    public void ActivityKeepsASessionAlive()
    {
        var sessionId = _sessions.Create(NewSession());

        for (var minute = 0; minute < 4; minute++)
        {
            _clock.Advance(TimeSpan.FromMinutes(10));
            Assert.NotNull(_sessions.Find(sessionId));
        }
    }

    [Fact]
    public void AnOpenPageCheckingItsSessionDoesNotCountAsActivity()
    {
        var sessionId = _sessions.Create(NewSession());

        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.NotNull(_sessions.Find(sessionId, isActivity: false));
        _clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Null(_sessions.Find(sessionId, isActivity: false));
    }

    [Fact]
    public void ASignInTicketWorksOnceAndOnlyInTheBrowserThatSignedIn()
    {
        var sessionId = _sessions.Create(NewSession());
        var ticket = _sessions.IssueSignInTicket(sessionId, "0123456789abcdef0123456789abcdef");
        var stolen = _sessions.IssueSignInTicket(sessionId, "0123456789abcdef0123456789abcdef");

        Assert.Equal(sessionId, _sessions.RedeemSignInTicket(ticket, "0123456789abcdef0123456789abcdef"));
        Assert.Null(_sessions.RedeemSignInTicket(ticket, "0123456789abcdef0123456789abcdef"));
        Assert.Null(_sessions.RedeemSignInTicket(stolen, "fedcba9876543210fedcba9876543210"));
        Assert.Null(_sessions.RedeemSignInTicket(stolen, "0123456789abcdef0123456789abcdef"));
        Assert.Null(_sessions.RedeemSignInTicket(_sessions.IssueSignInTicket(sessionId, "0123456789abcdef0123456789abcdef"), null));
    }

    [Theory]
    [InlineData("/patient", "/patient")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData(null, "/")]
    public void AfterSignInOnlyAddressesOnThisSiteAreFollowed(string? returnUrl, string expected)
    {
        Assert.Equal(expected, SignInService.LocalPath(returnUrl));
    }

    private static UserSession NewSession() =>
        new(Guid.NewGuid(), "someone@example.org", "Some One", ["Patient"], new SessionTokens("access", "refresh", DateTimeOffset.MaxValue));
}
