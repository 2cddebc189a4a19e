namespace Pms.ServiceDefaults.Audit;

/// <summary>The service whose audit records these are.</summary>
public sealed record AuditSource(string Service);
