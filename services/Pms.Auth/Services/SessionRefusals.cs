using Pms.ServiceDefaults.Apis;

namespace Pms.Auth.Services;

public static class SessionRefusals
{
    /// <summary>Wrong credentials, a locked or throttled account, an expired session: all answer alike, whatever the cause.</summary>
    public static Refusal NotValid { get; } = Refusal.Unauthorized(
        "The email, password, code or token is not valid.",
        "Check them and try again; after several failed attempts, sign-in from this address waits a while.");

    /// <summary>Every password check is taken: nothing was checked, and the caller may try again shortly.</summary>
    public static Refusal Busy { get; } = Refusal.TooManyRequests(
        "Sign-in is busy.",
        $"Too many people are signing in at this moment; try again in {PasswordWork.RetryAfter.TotalSeconds:0} second.");
}
