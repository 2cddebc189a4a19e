namespace Pms.Auth.Model;

/// <summary>Who did what to which account, when, from where, and whether it worked. Never a secret.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public AuditAction Action { get; set; }

    public bool Succeeded { get; set; }

    /// <summary>The signed-in user or service that acted; null for anonymous requests.</summary>
    public string? Actor { get; set; }

    public Guid? SubjectUserId { get; set; }

    /// <summary>The email a sign-in named, kept for failed attempts on unknown accounts.</summary>
    public string? SubjectEmail { get; set; }

    public string? IpAddress { get; set; }

    public string? Detail { get; set; }
}
