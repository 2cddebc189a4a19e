namespace Pms.Web.Gateway.Models;

public sealed record TokenPair(string AccessToken, string RefreshToken, int ExpiresIn);
