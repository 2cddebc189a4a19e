namespace Pms.Web.Sessions;

/// <summary>A signed-in user as the web server keeps them: the browser only holds a cookie naming the session.</summary>
public sealed record UserSession(Guid UserId, string Email, string DisplayName, IReadOnlyList<string> Roles, SessionTokens Tokens);
