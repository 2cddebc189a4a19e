namespace Pms.Contracts.Audit;

/// <summary>Whether the caller was given what they asked for: a refusal by ownership or role is <see cref="Denied"/>.</summary>
public static class AuditOutcomes
{
    public const string Allowed = nameof(Allowed);
    public const string Denied = nameof(Denied);
}
