namespace Pms.GatewaySignIn;

public sealed record SignInTokens(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType);
