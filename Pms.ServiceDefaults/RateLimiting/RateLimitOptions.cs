namespace Pms.ServiceDefaults.RateLimiting;

/// <summary>Request limits (section <c>RateLimits</c>); raise them for a benchmark run by configuration.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Sign-in, registration, refresh and token requests per client IP per minute.</summary>
    public int AuthPerIpPerMinute { get; set; } = 60;

    /// <summary>Other API requests per client IP per minute.</summary>
    public int ApiPerIpPerMinute { get; set; } = 600;

    /// <summary>Sign-in attempts for one account per minute, whatever addresses they come from.</summary>
    public int LoginPerAccountPerMinute { get; set; } = 10;
}
