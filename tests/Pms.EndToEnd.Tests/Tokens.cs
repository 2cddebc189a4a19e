namespace Pms.EndToEnd.Tests;

public sealed record Tokens(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType);
