using Pms.Web.Gateway.Models;

namespace Pms.Web.Sessions;

public sealed record SessionTokens(string AccessToken, string RefreshToken, DateTimeOffset AccessTokenExpiresAt)
{
    public static SessionTokens From(TokenPair tokens, DateTimeOffset issuedAt) =>
        new(tokens.AccessToken, tokens.RefreshToken, issuedAt.AddSeconds(tokens.ExpiresIn));
}
