namespace Pms.Audit.Dtos;

/// <summary>One access to a patient's record as the patient sees it: staff by name, other patients never.</summary>
public sealed record AccessHistoryItemDto(DateTimeOffset At, string Who, string? Role, string Action, string ResourceType, string Outcome);
