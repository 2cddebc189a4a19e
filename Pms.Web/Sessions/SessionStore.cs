using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Pms.Web.Sessions;

/// <summary>
/// The server-side home of every session's tokens, so they never reach the browser. A session ends after
/// <see cref="WebSessionOptions.IdleTimeout"/> without activity; the store lives in this process, which is why
/// a scaled-out web front end needs sticky sessions (Blazor Server needs them for its circuits anyway).
/// </summary>
public sealed class SessionStore(IMemoryCache cache, IOptions<WebSessionOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan SignInTicketLifetime = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _renewalLocks = new();
    private readonly Lock _tickets = new();

    public string Create(UserSession session)
    {
        var id = NewSecret();
        Save(id, session);
        return id;
    }

    /// <summary>The session, unless it has ended; an activity finding it keeps it alive, a mere check does not.</summary>
    public UserSession? Find(string sessionId, bool isActivity = true)
    {
        if (!cache.TryGetValue(SessionKey(sessionId), out SessionEntry? entry) || entry is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (now - entry.LastActivity > options.Value.IdleTimeout)
        {
            Remove(sessionId);
            return null;
        }

        if (isActivity)
        {
            entry.LastActivity = now;
        }

        return entry.Session;
    }

    public void Save(string sessionId, UserSession session)
    {
        var entry = new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = options.Value.MaximumLifetime };
        entry.RegisterPostEvictionCallback((_, _, reason, _) =>
        {
            if (reason is not EvictionReason.Replaced && _renewalLocks.TryRemove(sessionId, out var renewal))
            {
                renewal.Dispose();
            }
        });
        cache.Set(SessionKey(sessionId), new SessionEntry(session, clock.GetUtcNow()), entry);
    }

    public void Remove(string sessionId) => cache.Remove(SessionKey(sessionId));

    /// <summary>One renewal at a time per session: two tabs renewing at once would reuse a refresh token and end the session.</summary>
    public SemaphoreSlim RenewalLock(string sessionId) => _renewalLocks.GetOrAdd(sessionId, _ => new SemaphoreSlim(1, 1));

    /// <summary>
    /// A one-use, short-lived ticket a page hands to the browser so that a plain request can set the session cookie;
    /// it works only for the browser whose <see cref="SignInNonce"/> it names.
    /// </summary>
    public string IssueSignInTicket(string sessionId, string browserNonce)
    {
        var ticket = NewSecret();
        cache.Set(TicketKey(ticket), new SignInTicket(sessionId, browserNonce), SignInTicketLifetime);
        return ticket;
    }

    /// <summary>The ticket's session, if this browser is the one that signed in; the ticket is spent either way.</summary>
    public string? RedeemSignInTicket(string ticket, string? browserNonce)
    {
        var key = TicketKey(ticket);
        lock (_tickets)
        {
            if (!cache.TryGetValue(key, out SignInTicket? issued))
            {
                return null;
            }

            cache.Remove(key);
            return browserNonce is not null && CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(issued!.BrowserNonce), System.Text.Encoding.ASCII.GetBytes(browserNonce))
                ? issued.SessionId
                : null;
        }
    }

    private sealed record SignInTicket(string SessionId, string BrowserNonce);

    private static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    private static string SessionKey(string sessionId) => $"pms-session:{sessionId}";

    private static string TicketKey(string ticket) => $"pms-sign-in-ticket:{ticket}";

    private sealed class SessionEntry(UserSession session, DateTimeOffset lastActivity)
    {
        public UserSession Session { get; } = session;

        public DateTimeOffset LastActivity { get; set; } = lastActivity;
    }
}
