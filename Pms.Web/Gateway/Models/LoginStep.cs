namespace Pms.Web.Gateway.Models;

/// <summary>A sign-in step's answer: the token pair, or the second step the account needs.</summary>
public sealed record LoginStep(
    string? AccessToken,
    string? RefreshToken,
    int? ExpiresIn,
    bool? MfaRequired,
    string? MfaToken,
    bool? MfaEnrollmentRequired,
    string? EnrollmentToken)
{
    public TokenPair? Tokens => AccessToken is not null && RefreshToken is not null && ExpiresIn is { } expiresIn
        ? new TokenPair(AccessToken, RefreshToken, expiresIn)
        : null;
}
