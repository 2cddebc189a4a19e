using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Pms.Testing;
using Pms.Web.Sessions;

namespace Pms.Web.Tests;

public sealed class SessionStoreTests
{
    private static readonly WebSessionOptions Lifetimes = new() { IdleTimeout = TimeSpan.FromMinutes(15), MaximumLifetime = TimeSpan.FromHours(12) };
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-11-28T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly SessionStore _sessions;

    public SessionStoreTests() => _sessions = new SessionStore(ThrowawayRedis.Shared.Connection, new MemoryCache(new MemoryCacheOptions()), Options.Create(Lifetimes), _clock);

    [Fact]
    public async Task ASessionUnusedForTheIdleTimeoutEnds()
    {
        var sessionId = await _sessions.CreateAsync(NewSession());

        _clock.Advance(TimeSpan.FromMinutes(16));

        Assert.Null(await _sessions.FindAsync(sessionId));
    }

    [Fact]
    public async Task ActivityKeepsASessionAlive()
    {
        var sessionId = await _sessions.CreateAsync(NewSession());

        for (var minute = 0; minute < 4; minute++)
        {
            _clock.Advance(TimeSpan.FromMinutes(10));
            Assert.NotNull(await _sessions.FindAsync(sessionId));
        }
    }

    [Fact]
    public async Task NoSessionOutlivesItsMaximumLifetimeHoweverActive()
    {
        var sessionId = await _sessions.CreateAsync(NewSession());

        for (var hour = 0; hour < 12 * 6 - 1; hour++)
        {
            _clock.Advance(TimeSpan.FromMinutes(10));
            Assert.NotNull(await _sessions.FindAsync(sessionId));
        }

        _clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Null(await _sessions.FindAsync(sessionId));
    }

    [Fact]
    public async Task AnOpenPageCheckingItsSessionDoesNotCountAsActivity()
    {
        var sessionId = await _sessions.CreateAsync(NewSession());

        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.NotNull(await _sessions.FindAsync(sessionId, isActivity: false));
        _clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Null(await _sessions.FindAsync(sessionId, isActivity: false));
    }

    [Fact]
    public async Task RedisForgetsASessionOnceItCanNoLongerBeUsed()
    {
        var sessionId = await _sessions.CreateAsync(NewSession());

        var timeToLive = await ThrowawayRedis.Shared.Connection.GetDatabase().KeyTimeToLiveAsync($"pms-session:{sessionId}");

        Assert.InRange(timeToLive!.Value, TimeSpan.FromMinutes(14), Lifetimes.IdleTimeout);
    }

    [Fact]
    public async Task AnotherReplicaFindsTheSessionAndItsRenewedTokens()
    {
        await using var otherConnection = ThrowawayRedis.Shared.Connect();
        var otherReplica = new SessionStore(otherConnection, new MemoryCache(new MemoryCacheOptions()), Options.Create(Lifetimes), _clock);
        var session = NewSession();
        var sessionId = await _sessions.CreateAsync(session);

        Assert.Equal(session.UserId, (await otherReplica.FindAsync(sessionId))?.UserId);

        await otherReplica.SaveAsync(sessionId, session with { Tokens = session.Tokens with { AccessToken = "renewed" } });
        Assert.Equal("renewed", (await _sessions.FindAsync(sessionId))?.Tokens.AccessToken);
        Assert.Equal(session.Roles, (await _sessions.FindAsync(sessionId))?.Roles);
    }

    [Fact]
    public async Task RenewedTokensDoNotBringBackASessionSignedOutMeanwhile()
    {
        var session = NewSession();
        var sessionId = await _sessions.CreateAsync(session);

        await _sessions.RemoveAsync(sessionId);
        await _sessions.SaveAsync(sessionId, session with { Tokens = session.Tokens with { AccessToken = "renewed" } });

        Assert.Null(await _sessions.FindAsync(sessionId));
        Assert.False(await ThrowawayRedis.Shared.Connection.GetDatabase().KeyExistsAsync($"pms-session:{sessionId}"));
    }

    [Fact]
    public async Task OnlyOneReplicaAtATimeRenewsASession()
    {
        await using var otherConnection = ThrowawayRedis.Shared.Connect();
        var otherReplica = new SessionStore(otherConnection, new MemoryCache(new MemoryCacheOptions()), Options.Create(Lifetimes), _clock);
        var sessionId = await _sessions.CreateAsync(NewSession());

        var first = await _sessions.LockRenewalAsync(sessionId, TestContext.Current.CancellationToken);
        var second = otherReplica.LockRenewalAsync(sessionId, TestContext.Current.CancellationToken);
        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.False(second.IsCompleted);

        await first.DisposeAsync();
        await using var secondLock = await second.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ASignInTicketWorksOnceAndOnlyInTheBrowserThatSignedIn()
    {
        var sessionId = await _sessions.CreateAsync(NewSession());
        var ticket = await _sessions.IssueSignInTicketAsync(sessionId, "0123456789abcdef0123456789abcdef");
        var stolen = await _sessions.IssueSignInTicketAsync(sessionId, "0123456789abcdef0123456789abcdef");

        Assert.Equal(sessionId, await _sessions.RedeemSignInTicketAsync(ticket, "0123456789abcdef0123456789abcdef"));
        Assert.Null(await _sessions.RedeemSignInTicketAsync(ticket, "0123456789abcdef0123456789abcdef"));
        Assert.Null(await _sessions.RedeemSignInTicketAsync(stolen, "fedcba9876543210fedcba9876543210"));
        Assert.Null(await _sessions.RedeemSignInTicketAsync(stolen, "0123456789abcdef0123456789abcdef"));
        Assert.Null(await _sessions.RedeemSignInTicketAsync(await _sessions.IssueSignInTicketAsync(sessionId, "0123456789abcdef0123456789abcdef"), null));
    }

    [Fact]
    public async Task WhatOneReplicaProtectsAnotherUnprotectsAndRedisHoldsTheKeysOnlySealed()
    {
        await using var first = ReplicaServices(KeySeal);
        await using var second = ReplicaServices(KeySeal);

        var sealedByFirst = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("session-cookie").Protect("ticket");

        Assert.Equal("ticket", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("session-cookie").Unprotect(sealedByFirst));
        var stored = await ThrowawayRedis.Shared.Connection.GetDatabase().ListRangeAsync(SharedSessionState.DataProtectionKeysKey);
        Assert.NotEmpty(stored);
        Assert.All(stored, key =>
        {
            Assert.Contains("<sealedKey", key.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", key.ToString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task WithoutTheSealACopyOfRedisForgesNothing()
    {
        await using var replica = ReplicaServices(KeySeal);
        await using var intruder = ReplicaServices(new string('x', 40));
        var cookie = replica.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("session-cookie").Protect("ticket");

        Assert.ThrowsAny<CryptographicException>(() =>
            intruder.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("session-cookie").Unprotect(cookie));
    }

    [Fact]
    public void TheWebDoesNotStartWithoutASeal() =>
        Assert.Contains(SharedSessionState.KeySealSetting, Assert.Throws<InvalidOperationException>(() => ReplicaServices("too short")).Message, StringComparison.Ordinal);

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

    /// <summary>The web front end's shared state as a separate replica configures it, against the test's Redis.</summary>
    private static WebApplication ReplicaServices(string keySeal)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration[$"ConnectionStrings:{Pms.Contracts.ResourceNames.Redis}"] = ThrowawayRedis.Shared.ConnectionString;
        builder.Configuration[SharedSessionState.KeySealSetting] = keySeal;
        builder.AddSharedSessionState();
        return builder.Build();
    }

    private const string KeySeal = "the web replicas' shared secret, 32 characters at least";

    private static UserSession NewSession() =>
        new(Guid.NewGuid(), "someone@example.org", "Some One", ["Patient"], new SessionTokens("access", "refresh", DateTimeOffset.MaxValue));
}
