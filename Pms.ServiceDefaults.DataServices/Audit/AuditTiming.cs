namespace Pms.ServiceDefaults.Audit;

/// <summary>Whether answers report how long storing their audit records took (<c>Audit:ServerTiming</c>, off unless measuring).</summary>
public sealed record AuditTiming(bool Reported);
