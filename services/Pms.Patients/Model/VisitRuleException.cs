namespace Pms.Patients.Model;

/// <summary>A move the visit's stage does not allow (409).</summary>
public sealed class VisitRuleException(string message) : Exception(message);
