namespace Pms.Web.Gateway.Models;

public sealed record AccessHistoryItem(DateTimeOffset At, string Who, string? Role, string Action, string ResourceType, string Outcome);
