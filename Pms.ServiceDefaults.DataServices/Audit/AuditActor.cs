namespace Pms.ServiceDefaults.Audit;

/// <summary>Who acted, as an audit record names them: the account, its name and email at the time, its roles.</summary>
public sealed record AuditActor(Guid? UserId, string? Name, string? Email, string? Roles);
