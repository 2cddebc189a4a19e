namespace Pms.Auth.Apis;

public sealed record SetRolesRequest(IReadOnlyList<string>? Roles);
