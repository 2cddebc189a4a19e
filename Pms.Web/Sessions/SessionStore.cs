using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Pms.Web.Sessions;

/// <summary>
/// The server-side home of every session's tokens, so they never reach the browser. Sessions live in Redis, so
/// every replica of the web front end serves every signed-in user and a restarted one signs nobody out. A session
/// ends after <see cref="WebSessionOptions.IdleTimeout"/> without activity or at <see cref="WebSessionOptions.MaximumLifetime"/>.
/// Calls to the gateway reuse what this replica read for <see cref="WebSessionOptions.ReuseReadsFor"/>, so a page
/// making several calls reads Redis once; whatever decides whether a session still holds reads Redis itself.
/// </summary>
public sealed class SessionStore(IConnectionMultiplexer redis, IMemoryCache recentReads, IOptions<WebSessionOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan SignInTicketLifetime = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan RenewalLockLifetime = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RenewalLockPollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Activity is written down at most this often, so that a busy page does not write on every call.</summary>
    private static readonly TimeSpan ActivityResolution = TimeSpan.FromSeconds(30);

    private static readonly RedisValue SessionField = "session";
    private static readonly RedisValue CreatedField = "created";
    private static readonly RedisValue ActiveField = "active";

    private IDatabase Database => redis.GetDatabase();

    public async Task<string> CreateAsync(UserSession session)
    {
        var id = NewSecret();
        var now = clock.GetUtcNow();
        var key = SessionKey(id);
        var create = Database.CreateTransaction();
        _ = create.HashSetAsync(key,
        [
            new HashEntry(SessionField, JsonSerializer.Serialize(session)),
            new HashEntry(CreatedField, now.ToUnixTimeMilliseconds()),
            new HashEntry(ActiveField, now.ToUnixTimeMilliseconds()),
        ]);
        _ = create.KeyExpireAsync(key, TimeToLive(now, now));
        await create.ExecuteAsync();
        Remember(id, new StoredSession(session, now, now), now);
        return id;
    }

    /// <summary>The session, unless it has ended; an activity finding it keeps it alive, a mere check does not.</summary>
    public async Task<UserSession?> FindAsync(string sessionId, bool isActivity = true) =>
        (await ReadAsync(sessionId, isActivity))?.Session;

    /// <summary>
    /// As <see cref="FindAsync"/> for an activity, but what this replica read or wrote moments ago is taken as it was:
    /// for calls to the gateway, where a few seconds' staleness only means an access token used until it expires.
    /// </summary>
    public ValueTask<UserSession?> FindRecentAsync(string sessionId)
    {
        var now = clock.GetUtcNow();
        return recentReads.TryGetValue(RecentKey(sessionId), out RecentRead? recent) && now - recent!.ReadAt < options.Value.ReuseReadsFor
            && now - recent.Stored.LastActivity < ActivityResolution
            ? ValueTask.FromResult<UserSession?>(recent.Stored.Session)
            : new ValueTask<UserSession?>(FindAsync(sessionId));
    }

    private async Task<StoredSession?> ReadAsync(string sessionId, bool isActivity)
    {
        var key = SessionKey(sessionId);
        var fields = await Database.HashGetAsync(key, [SessionField, CreatedField, ActiveField]);
        if (fields[0].IsNull || fields[1].IsNull || fields[2].IsNull)
        {
            recentReads.Remove(RecentKey(sessionId));
            return null;
        }

        var now = clock.GetUtcNow();
        var stored = new StoredSession(
            JsonSerializer.Deserialize<UserSession>(fields[0].ToString())!,
            DateTimeOffset.FromUnixTimeMilliseconds((long)fields[1]),
            DateTimeOffset.FromUnixTimeMilliseconds((long)fields[2]));
        if (now - stored.LastActivity > options.Value.IdleTimeout || now - stored.Created > options.Value.MaximumLifetime)
        {
            await RemoveAsync(sessionId);
            return null;
        }

        if (isActivity && now - stored.LastActivity >= ActivityResolution)
        {
            await UpdateIfPresentAsync(key, stored.Created, now, [new HashEntry(ActiveField, now.ToUnixTimeMilliseconds())]);
            stored = stored with { LastActivity = now };
        }

        Remember(sessionId, stored, now);
        return stored;
    }

    /// <summary>Stores renewed tokens; a session removed meanwhile (signed out in another tab) stays removed.</summary>
    public async Task SaveAsync(string sessionId, UserSession session)
    {
        var key = SessionKey(sessionId);
        var storedCreated = await Database.HashGetAsync(key, CreatedField);
        if (storedCreated.IsNull)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var created = DateTimeOffset.FromUnixTimeMilliseconds((long)storedCreated);
        if (await UpdateIfPresentAsync(key, created, now,
            [
                new HashEntry(SessionField, JsonSerializer.Serialize(session)),
                new HashEntry(ActiveField, now.ToUnixTimeMilliseconds()),
            ]))
        {
            Remember(sessionId, new StoredSession(session, created, now), now);
        }
    }

    public async Task RemoveAsync(string sessionId)
    {
        recentReads.Remove(RecentKey(sessionId));
        await Database.KeyDeleteAsync(SessionKey(sessionId));
    }

    /// <summary>
    /// One renewal at a time per session, whichever replica serves it: two tabs renewing at once would reuse a
    /// refresh token and end the session. The lock expires on its own if its holder dies.
    /// </summary>
    public async Task<IAsyncDisposable> LockRenewalAsync(string sessionId, CancellationToken cancellationToken)
    {
        var key = (RedisKey)$"pms-session-renewal:{sessionId}";
        var holder = (RedisValue)NewSecret();
        while (!await Database.LockTakeAsync(key, holder, RenewalLockLifetime))
        {
            await Task.Delay(RenewalLockPollInterval, cancellationToken);
        }

        return new RenewalLock(Database, key, holder);
    }

    /// <summary>
    /// A one-use, short-lived ticket a page hands to the browser so that a plain request can set the session cookie;
    /// it works only for the browser whose <see cref="SignInNonce"/> it names.
    /// </summary>
    public async Task<string> IssueSignInTicketAsync(string sessionId, string browserNonce)
    {
        var ticket = NewSecret();
        await Database.StringSetAsync(TicketKey(ticket), JsonSerializer.Serialize(new SignInTicket(sessionId, browserNonce)), SignInTicketLifetime);
        return ticket;
    }

    /// <summary>The ticket's session, if this browser is the one that signed in; the ticket is spent either way.</summary>
    public async Task<string?> RedeemSignInTicketAsync(string ticket, string? browserNonce)
    {
        var stored = await Database.StringGetDeleteAsync(TicketKey(ticket));
        if (stored.IsNull || JsonSerializer.Deserialize<SignInTicket>(stored.ToString()) is not { } issued)
        {
            return null;
        }

        return browserNonce is not null && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(issued.BrowserNonce), System.Text.Encoding.ASCII.GetBytes(browserNonce))
            ? issued.SessionId
            : null;
    }

    /// <summary>Writes the fields only while the session exists, so that a write racing a sign-out cannot bring it back.</summary>
    private async Task<bool> UpdateIfPresentAsync(RedisKey key, DateTimeOffset created, DateTimeOffset now, HashEntry[] fields)
    {
        var update = Database.CreateTransaction();
        update.AddCondition(Condition.KeyExists(key));
        _ = update.HashSetAsync(key, fields);
        _ = update.KeyExpireAsync(key, TimeToLive(created, now));
        return await update.ExecuteAsync();
    }

    private void Remember(string sessionId, StoredSession stored, DateTimeOffset now) =>
        recentReads.Set(RecentKey(sessionId), new RecentRead(stored, now), options.Value.ReuseReadsFor);

    /// <summary>Redis forgets a session once it can no longer be used: after the idle timeout, never past its maximum lifetime.</summary>
    private TimeSpan TimeToLive(DateTimeOffset created, DateTimeOffset now)
    {
        var remaining = created + options.Value.MaximumLifetime - now;
        var idle = options.Value.IdleTimeout;
        return remaining < idle ? remaining : idle;
    }

    private sealed record SignInTicket(string SessionId, string BrowserNonce);

    private sealed record StoredSession(UserSession Session, DateTimeOffset Created, DateTimeOffset LastActivity);

    private sealed record RecentRead(StoredSession Stored, DateTimeOffset ReadAt);

    private sealed class RenewalLock(IDatabase database, RedisKey key, RedisValue holder) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await database.LockReleaseAsync(key, holder);
    }

    private static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    private static RedisKey SessionKey(string sessionId) => $"pms-session:{sessionId}";

    private static string RecentKey(string sessionId) => $"pms-session-read:{sessionId}";

    private static RedisKey TicketKey(string ticket) => $"pms-sign-in-ticket:{ticket}";
}
