namespace Pms.Auth.Services;

public abstract record SessionOutcome
{
    public sealed record Issued(TokenPair Tokens) : SessionOutcome;

    /// <summary>The password was right; the account's second factor comes next.</summary>
    public sealed record MfaRequired(string MfaToken) : SessionOutcome;

    /// <summary>The password was right; the account must enrol a second factor before it gets tokens.</summary>
    public sealed record EnrollmentRequired(string EnrollmentToken) : SessionOutcome;

    /// <summary>Wrong credentials, a locked or throttled account, an expired session: all answer alike.</summary>
    public sealed record Refused : SessionOutcome;

    /// <summary>Every password check is taken: nothing was checked, and the caller may try again shortly.</summary>
    public sealed record Busy : SessionOutcome;
}
