namespace Pms.Auth.Services;

public abstract record SessionOutcome
{
    public sealed record Issued(TokenPair Tokens) : SessionOutcome;

    public sealed record InvalidCredentials : SessionOutcome;

    public sealed record LockedOut(DateTimeOffset? Until) : SessionOutcome;

    public sealed record Throttled(TimeSpan RetryAfter) : SessionOutcome;
}
