namespace Pms.Auth.Dtos;

/// <summary>The optional body of a lock: why, for the audit log.</summary>
public sealed record LockRequest(string? Reason);
