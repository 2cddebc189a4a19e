namespace Pms.Web.Sessions;

/// <summary>Section <c>Web:Sessions</c>.</summary>
public sealed class WebSessionOptions
{
    public const string SectionName = "Web:Sessions";

    /// <summary>A session with no activity for this long ends; the page signs the user out.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>No session outlives this, active or not.</summary>
    public TimeSpan MaximumLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How long a replica reuses a session it read for calls to the gateway before reading it again.</summary>
    public TimeSpan ReuseReadsFor { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>An access token this close to its expiry is renewed before it is used.</summary>
    public TimeSpan RenewalMargin { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Serve the session cookie over plain HTTP too: only for a run on one machine, never behind an ingress.</summary>
    public bool PlainHttp { get; set; }
}
