namespace Pms.Web.Gateway.Models;

/// <summary>The recovery codes, shown once; the token pair when the confirmation finished a sign-in.</summary>
public sealed record TotpConfirmation(IReadOnlyList<string> RecoveryCodes, string? AccessToken, string? RefreshToken, int? ExpiresIn)
{
    public TokenPair? Tokens => AccessToken is not null && RefreshToken is not null && ExpiresIn is { } expiresIn
        ? new TokenPair(AccessToken, RefreshToken, expiresIn)
        : null;
}
